"""Review rv17 (session 52) of hunt tg10's target readings (tests/fixtures/review/ct_s52_rv17_declared.txt, a 绩效目标申报表
from tests/fixtures/review/make_s52_rv17.py; each reading written by hand before the run).

Decided:
- A short point (`个点`) is a percentage point only after a level's change (`提高`, `提升`, `上升`, `增长`, `下降`, `降低`,
  `高于…`, `比上年高…`): after a count's (`增加`, `减少`, `多于`, `少于`, `比上年多`), `较上年增加5个点` is five sites as
  often — it stays text, as before tg10 (tg10 read 个百分点).
- A counted run holding a deed is a sentence's, not a noun's; tg10's list of deeds lacked the ones a body or a vehicle is
  counted with (`≥10家企业入驻孵化基地`, `≥3个乡镇配备救护车`: text, `>=` kept; tg10 read 家 / 个 with the sentence as the
  qualifier): 入驻, 进驻, 落户, 配备, 配置, 安装, 签约, 接入, 增设 added. A short run (up to four characters) ending in a
  deed is a sentence's too (`≥2个乡镇覆盖`, `≥3个县区推广`: text; they were 个 with 乡镇覆盖 — since tg9).
- 组织 in a longer noun is the noun (`≥2个党组织活动室`: 个, 党组织活动室; tg10 read the deed 组织 and kept it text).
Kept (right on main, guards): `低于上年度5个百分点` `=` 5 个百分点 with 低于上年度 the qualifier (the direction is said there,
as `较上年下降2个百分点` has read since tq4), `下降2个百分点`, `降低0.5个百分点以内` (`<=`), `≥2个乡镇站点覆盖` (text),
`≥1个中心城区` (个, 中心城区), `≥3家企业入驻园区` (text), `≥3个点位` / `2个点位` (个, 点位: 个点 only whole), `≥20个点`,
`1:1.5以内` / `≤1:3` (`<=`, the ratio's text), `≥95%（较上年提高2个百分点）` (`>=` 95 %, the change the qualifier),
`比上年提高2个点`, `≥1座污水处理站`, `≥5个社区卫生服务站`.
"""
from __future__ import annotations

import pytest

from normalize.targets import Target, split_target


def _ind(r) -> dict:
    return {i["level3"]: (i["op"], i["value"], i["value_max"], i["unit"], i["qualifier"], i["target_text"])
            for i in r.tables["indicators"]}


def test_declared_form(read):
    got = _ind(read("ct_s52_rv17_declared.txt"))
    assert len(got) == 13
    # main: 家 / 个 with the sentence the qualifier
    assert got["招商引资企业"] == (">=", None, None, None, None, "10家企业入驻孵化基地")
    assert got["救护车配备"] == (">=", None, None, None, None, "3个乡镇配备救护车")
    assert got["服务覆盖乡镇"] == (">=", None, None, None, None, "2个乡镇覆盖")
    assert got["推广县区"] == (">=", None, None, None, None, "3个县区推广")
    # main: text
    assert got["党建阵地"] == (">=", 2.0, None, "个", "党组织活动室", None)
    # main: 个百分点
    assert got["新增监测站点"] == (None, None, None, None, None, "较上年增加5个点")
    # right on main, kept
    assert got["水质监测点位"] == (">=", 3.0, None, "个", "点位", None)
    assert got["污染物排放浓度"] == ("=", 5.0, None, "个百分点", "低于上年度", None)
    assert got["工程返工率"] == ("<=", 0.5, None, "个百分点", "降低", None)
    assert got["资产负债比"] == ("<=", None, None, None, None, "1:1.5")
    assert got["规上企业增加值增幅"] == ("=", 2.0, None, "个百分点", "比上年提高", None)
    assert got["园区就业率"] == (">=", 95.0, None, "%", "较上年提高2个百分点", None)
    assert got["入驻企业满意度"] == (">=", 90.0, None, "%", None, None)


@pytest.mark.parametrize("raw, want", [
    # a count's change by short points (main: 个百分点)
    ("较上年增加5个点", Target(target_text="较上年增加5个点")),
    ("增加5个点", Target(target_text="增加5个点")),
    ("减少3个点", Target(target_text="减少3个点")),
    ("比上年多2个点", Target(target_text="比上年多2个点")),
    # a deed in a counted run (main: the counter, the sentence its qualifier)
    ("≥10家企业入驻孵化基地", Target(">=", target_text="10家企业入驻孵化基地")),
    ("≥3家企业入驻产业园", Target(">=", target_text="3家企业入驻产业园")),
    ("≥3个乡镇配备救护车", Target(">=", target_text="3个乡镇配备救护车")),
    ("≥2个乡镇覆盖", Target(">=", target_text="2个乡镇覆盖")),
    ("≥3个县区推广", Target(">=", target_text="3个县区推广")),
    ("≥2个村实施", Target(">=", target_text="2个村实施")),
    # 组织 a noun (main: text)
    ("≥2个党组织活动室", Target(">=", 2.0, None, "个", "党组织活动室")),
])
def test_new_readings(raw, want):
    assert split_target(raw) == want


@pytest.mark.parametrize("raw, want", [
    # right on main, kept (guards)
    ("低于上年度5个百分点", Target("=", 5.0, None, "个百分点", "低于上年度")),
    ("低于上年5个百分点以上", Target(">=", 5.0, None, "个百分点", "低于上年")),
    ("下降2个百分点", Target("=", 2.0, None, "个百分点", "下降")),
    ("降低0.5个百分点以内", Target("<=", 0.5, None, "个百分点", "降低")),
    ("较上年下降2个百分点", Target("=", 2.0, None, "个百分点", "较上年下降")),
    ("比上年下降2个点", Target("=", 2.0, None, "个百分点", "比上年下降")),
    ("比上年增长2个点", Target("=", 2.0, None, "个百分点", "比上年增长")),
    ("比上年低2个点", Target("=", 2.0, None, "个百分点", "比上年低")),
    ("比上年提高2个点", Target("=", 2.0, None, "个百分点", "比上年提高")),
    ("≥2个乡镇站点覆盖", Target(">=", target_text="2个乡镇站点覆盖")),
    ("≥1个中心城区", Target(">=", 1.0, None, "个", "中心城区")),
    ("≥3家企业入驻园区", Target(">=", target_text="3家企业入驻园区")),
    ("≥3个乡镇开展试点", Target(">=", target_text="3个乡镇开展试点")),
    ("≥3个点位", Target(">=", 3.0, None, "个", "点位")),
    ("2个点位", Target("=", 2.0, None, "个", "点位")),
    ("≥20个点", Target(">=", 20.0, None, "个", "点")),
    ("≥5个基层组织", Target(">=", 5.0, None, "个", "基层组织")),
    ("1:1.5以内", Target("<=", target_text="1:1.5")),
    ("≤1:3", Target("<=", target_text="1:3")),
    ("≥95%（较上年提高2个百分点）", Target(">=", 95.0, None, "%", "较上年提高2个百分点")),
    ("≥1座污水处理站", Target(">=", 1.0, None, "座", "污水处理站")),
    ("≥5个社区卫生服务站", Target(">=", 5.0, None, "个", "社区卫生服务站")),
    ("≥2个新建社区服务站", Target(">=", 2.0, None, "个", "新建社区服务站")),
    ("≥5个监测点", Target(">=", 5.0, None, "个", "监测点")),
])
def test_kept(raw, want):
    assert split_target(raw) == want
