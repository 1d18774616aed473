"""Review rv33 (session 54) of hunt tg12 (target spellings, normalize/targets.py): realistic targets tg12 did not
test, each reading written by hand before the run (tests/fixtures/review/ct_s54_rv33_declared.txt, a 项目绩效目标表
from tests/fixtures/review/make_s54_rv33.py, and split_target alone).

Decided (wrong after tg12, fixed):
- 申请 is a noun as often as a deed (专利申请, 申请人, 申请受理): no deed of a sentence in a longer run, so
  `≥1个专利申请服务中心` is 个, 专利申请服务中心 again (tg12 made it `>=` and the text); `≥100户申请` is 户, 申请 as before
  tg12 (a word the figure is said of, as `100%完成`).
- A noun whose last word is a kind of vehicle, machine or dwelling (车型, 机型, 户型) is no attribute alone
  (`≥5个新车型`, `≥3个新机型`, `≥5个新户型`: 个, the noun, as before tg12 — tg12's `X型` took them for `新型`).
- A change of steps of a grade is that change, as a change of percentage points (`较上年提升2个等级`: `=` 2 个等级,
  较上年提升; `提升1个等级`: `=` 1 个等级, 提升 — they were text; tg12 made 个等级 a unit as 个百分点, with a bound only).
Kept (right after tg12, guards): `≥1个数据中心` (个, 数据中心), `≥3个数` (个数), `数据准确率≥98%`, `5G网络覆盖率≥95%`,
`COD排放量下降至50mg/L以下` (`<=` 50 mg/L, COD排放量下降至), `噪声控制在55分贝以内` (`<=` 55 分贝, 噪声), `保持在95%以上`,
`由3天缩短至1天` / `由2个增加到5个` (`=` the level reached, 由…缩短至 the qualifier), `较上年提升2个百分点`,
`≥3个国家级` (an attribute alone: `>=` and the text), `新型职业农民培训≥200人` (新型 inside a name), `3A级景区≥2个`,
`≥1个省级以上示范基地`, `列入项目库率100%` (text in split_target alone, `=` 100 % with its name in a 指标值 cell),
`≥2个参加项目` / `≥2个入选项目` (right after the counter the deed names the noun, 个 and the noun: a project one takes
part in is a noun of its own, as 参与项目; judged right), `≥5个项目入选`, `≥10家企业列入名录` (a sentence: text).
Left: `误差率控制在±5%以内` keeps 误差率控制在 as its qualifier (the ± tolerance's rule, before tg12 too; `误差率控制在5%以内`
gives 误差率); a name over eight characters before 保持在 / 不低于 (`城市生活污水集中收集率保持在70%以上`) stays text, as
before; `比目前提高…`, `较疫情前恢复90%以上` as before.
"""
from __future__ import annotations

import pytest

from normalize.targets import Target, split_target


def _ind(r) -> dict:
    return {i["level3"]: (i["op"], i["value"], i["value_max"], i["unit"], i["qualifier"], i["target_text"])
            for i in r.tables["indicators"]}


def test_declared_form(read):
    r = read("ct_s54_rv33_declared.txt")
    got = _ind(r)
    assert len(got) == 17
    assert r.tables["projects"][0]["year"] == 2025
    # wrong after tg12
    assert got["专利服务网点"] == (">=", 1.0, None, "个", "专利申请服务中心", None)
    assert got["服务等级"] == ("=", 2.0, None, "个等级", "较上年提升", None)
    # right, kept
    assert got["建设数据中心"] == (">=", 1.0, None, "个", "数据中心", None)
    assert got["创建国家级示范点"] == (">=", None, None, None, None, "3个国家级")
    assert got["省级以上示范基地"] == (">=", 1.0, None, "个", "省级以上示范基地", None)
    assert got["新型职业农民培训"] == (">=", 200.0, None, "人", "新型职业农民培训", None)
    assert got["A级景区创建"] == (">=", 2.0, None, "个", "3A级景区", None)
    assert got["入库项目数"] == ("=", 5.0, None, "个", "由2个增加到", None)
    assert got["数据准确率"] == (">=", 98.0, None, "%", "数据准确率", None)
    assert got["5G网络覆盖"] == (">=", 95.0, None, "%", "5G网络覆盖率", None)
    assert got["项目入库率"] == ("=", 100.0, None, "%", "列入项目库率", None)
    assert got["审批时限"] == ("=", 1.0, None, "天", "由3天缩短至", None)
    assert got["COD排放"] == ("<=", 50.0, None, "mg/L", "COD排放量下降至", None)
    assert got["区域环境噪声"] == ("<=", 55.0, None, "分贝", "噪声", None)
    assert got["水质达标率"] == (">=", 95.0, None, "%", None, None)
    assert got["优良天数比例"] == ("=", 2.0, None, "个百分点", "较上年提升", None)
    assert got["群众满意度"] == (">=", 90.0, None, "%", None, None)


@pytest.mark.parametrize("raw, want", [
    # 申请 a noun's word (tg12: `>=` and the text, or text)
    ("≥1个专利申请服务中心", Target(">=", 1.0, None, "个", "专利申请服务中心")),
    ("≥100户申请", Target(">=", 100.0, None, "户", "申请")),
    # a kind of vehicle, machine or dwelling (tg12: `>=` and the text)
    ("≥5个新车型", Target(">=", 5.0, None, "个", "新车型")),
    ("≥3个新机型", Target(">=", 3.0, None, "个", "新机型")),
    ("≥5个新户型", Target(">=", 5.0, None, "个", "新户型")),
    # a change in steps of a grade (text)
    ("较上年提升2个等级", Target("=", 2.0, None, "个等级", "较上年提升")),
    ("较上年提升0.5个等级", Target("=", 0.5, None, "个等级", "较上年提升")),
    ("提升1个等级", Target("=", 1.0, None, "个等级", "提升")),
])
def test_fixed_readings(raw, want):
    assert split_target(raw) == want


@pytest.mark.parametrize("raw, want", [
    ("≥1个数据中心", Target(">=", 1.0, None, "个", "数据中心")),
    ("≥1个数据共享平台", Target(">=", 1.0, None, "个", "数据共享平台")),
    ("≥3个数", Target(">=", 3.0, None, "个数")),
    ("数据准确率≥98%", Target(">=", 98.0, None, "%", "数据准确率")),
    ("5G网络覆盖率≥95%", Target(">=", 95.0, None, "%", "5G网络覆盖率")),
    ("COD排放量下降至50mg/L以下", Target("<=", 50.0, None, "mg/L", "COD排放量下降至")),
    ("SO2排放量下降至10吨以下", Target("<=", 10.0, None, "吨", "SO2排放量下降至")),
    ("COD浓度控制在50mg/L以下", Target("<=", 50.0, None, "mg/L", "COD浓度")),
    ("噪声控制在55分贝以内", Target("<=", 55.0, None, "分贝", "噪声")),
    ("温度控制在18-26℃", Target("range", 18.0, 26.0, "℃", "温度")),
    ("保持在95%以上", Target(">=", 95.0, None, "%")),
    ("稳定在90%以上", Target(">=", 90.0, None, "%")),
    ("由3天缩短至1天", Target("=", 1.0, None, "天", "由3天缩短至")),
    ("由2个增加到5个", Target("=", 5.0, None, "个", "由2个增加到")),
    ("由10天压缩至5个工作日", Target("=", 5.0, None, "个工作日", "由10天压缩至")),
    ("从业人员由100人增加到200人", Target("=", 200.0, None, "人", "从业人员由100人增加到")),
    ("由82%提高到90%（2025年底前）", Target("=", 90.0, None, "%", "由82%提高到；2025年底前")),
    ("较上年提升2个百分点", Target("=", 2.0, None, "个百分点", "较上年提升")),
    ("较上年提升1个等级以上", Target(">=", 1.0, None, "个等级", "较上年提升")),
    ("≥2个等级", Target(">=", 2.0, None, "个等级")),
    ("≥3个国家级", Target(">=", target_text="3个国家级")),
    ("≥3个国家级以上", Target(">=", target_text="3个国家级以上")),
    ("≥2个大型", Target(">=", target_text="2个大型")),
    ("≥3个服务型", Target(">=", target_text="3个服务型")),
    ("≥3个典型", Target(">=", 3.0, None, "个", "典型")),
    ("≥1个新型研发机构", Target(">=", 1.0, None, "个", "新型研发机构")),
    ("新型职业农民培训≥200人", Target(">=", 200.0, None, "人", "新型职业农民培训")),
    ("3A级景区≥2个", Target(">=", 2.0, None, "个", "3A级景区")),
    ("≥1个省级以上示范基地", Target(">=", 1.0, None, "个", "省级以上示范基地")),
    ("≥2个国家级示范区", Target(">=", 2.0, None, "个", "国家级示范区")),
    ("列入项目库率100%", Target(target_text="列入项目库率100%")),
    ("≥2个参加项目", Target(">=", 2.0, None, "个", "参加项目")),
    ("≥2个入选项目", Target(">=", 2.0, None, "个", "入选项目")),
    ("≥1个申请人", Target(">=", 1.0, None, "个", "申请人")),
    ("≥5个项目入选", Target(">=", target_text="5个项目入选")),
    ("≥10家企业列入名录", Target(">=", target_text="10家企业列入名录")),
    ("≥2个乡镇入选示范区", Target(">=", target_text="2个乡镇入选示范区")),
    ("较整改前下降20%以上", Target(">=", 20.0, None, "%", "较整改前下降")),
    ("比上年提前5天", Target(target_text="比上年提前5天")),
])
def test_kept_readings(raw, want):
    assert split_target(raw) == want
