"""Hunt tg12 (session 54): target spellings (指标值) left by tg11 and rv24, and the families around them
(tests/fixtures/review/ct_s54_tg12_declared.txt, a 项目绩效目标表 from tests/fixtures/review/make_s54_tg12.py; each
reading written by hand before the run).

Decided:
- A counted noun opening with 数字 / 数据 / 数码 / 数智 is a noun (`≥1个数字化展厅`, `≥3个数据集`, `≥5个数字乡村`): the
  counter the unit, the noun the qualifier, as `≥3个农家书屋` reads (they were text, or the unit `个数字展厅`); the 数 of a
  count's word stays (`≥3个数`, `≥3户数`: the unit as written).
- An attribute alone after a counter, the noun it qualifies cut short (`≥2个新型`, `≥3个省级`, `≥5家规模以上`, `≥3个省级以上`,
  `≥1个全国重点`, `≥1个4A级`, `≥2个示范性`, `≥3个标准化`, `≥2辆数字化`): no noun counted, `>=` and the text as rv24's
  `≥2家规上` / `≥3个全国` (they read the counter with the attribute its noun, or `规模以上`'s 以上 as the bound and 规模
  the noun); with the noun after it the count as before (`≥5家规模以上企业`, `≥3个省级示范村`); a letter grade 以上 held
  whole in a noun as 省级以上 is (`≥2个AAA级以上景区`, `≥2个3A级以上景区`: 个, the noun — they were `>=` and the text).
- A step of a scale after 个 is the unit, as 个百分点 (`≥0.5个等级`: 个等级, was 个 with 等级 the qualifier); the state
  before the work is a change's reference, as 上年 (`较建设前提升0.5个等级以上`: `>=` 0.5 个等级, 较建设前提升;
  `比改造前下降10%以上`: `>=` 10 %, 比改造前下降 — they were text).
- A measure named in Latin letters and digits before its change (`PM2.5浓度下降至35以下`, `5G基站覆盖率提升至95%`): the
  change read as without the name, the name and the change's words the qualifier, as `大班额比例下降至5%以内` (they were
  text; the 2.5 and the 5 no value).
- A name, then 控制在 / 保持在 / 稳定在 / 维持在 and a bounded figure (`误差率控制在5%以内`, `覆盖率保持在95%以上`,
  `PM2.5年均浓度控制在35μg/m³以内`): the figure compared, the name the qualifier, as `满意度不低于90%` (they were text);
  `控制在2-4小时`, `控制在90%-110%之间`: the range, as `保持在90%-95%` (they were text).
- A change from a level to a level (`由82%提高到90%`, `从3天缩短至2天`, `合格率从85%提升至95%以上`): the level reached, as
  `提高到90%` reads, where it started and the change the qualifier (they were text); `由82%提高8%` stays text.
- Deeds 参加, 加入, 进入, 列入, 划入, 迁入, 编入, 申请, 入选, 参评 in a longer run make it a sentence (`≥5家企业参加项目`,
  `≥3个村进入保护区`, `≥2个乡镇列入示范区`: `>=` and the text; they read 家 / 个 with the sentence the qualifier); right
  after the counter the deed names the noun (`≥2个参加项目`, `≥3个参与项目`: 个, the noun, as before).
tests/templates/transfer_region_targets/expected.json changed: its `≥0.5个等级` is unit 个等级 (was 个: half a
grade is a step of a scale, no half of a thing counted).
Kept: `≥2家规上`, `≥3个全国` (text), `≥3个年级`, `≥2个类型`, `满意度95%以上`, `收入增长5%`,
`较上年提前5天` (text), Chinese numerals (`不少于两场`, `三项以上`, `两至三个`), `0起`, `≤3起`, `≤2-4小时` (`>=`/`<=` and
the text).
"""
from __future__ import annotations

import pytest

from normalize.targets import Target, split_target


def _ind(r) -> dict:
    return {i["level3"]: (i["op"], i["value"], i["value_max"], i["unit"], i["qualifier"], i["target_text"])
            for i in r.tables["indicators"]}


def test_declared_form(read):
    r = read("ct_s54_tg12_declared.txt")
    got = _ind(r)
    assert len(got) == 24
    assert r.tables["projects"][0]["year"] == 2025
    # main: text, or a wrong noun or bound
    assert got["建设数字化展厅"] == (">=", 1.0, None, "个", "数字化展厅", None)
    assert got["培育规模以上企业"] == (">=", None, None, None, None, "5家规模以上")
    assert got["培育新型经营主体"] == (">=", None, None, None, None, "2个新型")
    assert got["创建省级示范点"] == (">=", None, None, None, None, "3个省级")
    assert got["提升旅游景区"] == (">=", 2.0, None, "个", "AAA级以上景区", None)
    assert got["企业参与度"] == (">=", None, None, None, None, "5家企业参加项目")
    assert got["生态保护区划定"] == (">=", None, None, None, None, "3个村进入保护区")
    assert got["数据差错率"] == ("<=", 5.0, None, "%", "误差率", None)
    assert got["网络覆盖率"] == (">=", 95.0, None, "%", "覆盖率", None)
    assert got["故障响应时间"] == ("range", 2.0, 4.0, "小时", None, None)
    assert got["服务等级"] == (">=", 0.5, None, "个等级", "较建设前提升", None)
    assert got["业务办理满意率"] == ("=", 90.0, None, "%", "由82%提高到", None)
    assert got["5G基站覆盖率"] == ("=", 95.0, None, "%", "5G基站覆盖率提升至", None)
    assert got["PM2.5年均浓度"] == ("<=", 35.0, None, None, "PM2.5浓度下降至", None)
    assert got["PM2.5浓度控制"] == ("<=", 35.0, None, "μg/m³", "PM2.5年均浓度", None)
    assert got["单位能耗"] == (">=", 10.0, None, "%", "比改造前下降", None)
    assert got["编制数据资源目录"] == (">=", 3.0, None, "个", "数据集", None)
    # right on main, kept
    assert got["参加项目数"] == (">=", 2.0, None, "个", "参加项目", None)
    assert got["政务服务培训"] == (">=", 2.0, None, "场", None, None)
    assert got["制度建设"] == (">=", 3.0, None, "项", None, None)
    assert got["安全生产事故"] == ("<=", 3.0, None, "起", None, None)
    assert got["项目总成本"] == ("<=", 12600000.0, None, "元", None, None)
    assert got["群众满意度"] == (">=", 90.0, None, "%", None, None)
    raws = {i["level3"]: i["target_raw"] for i in r.tables["indicators"]}
    assert raws["PM2.5年均浓度"] == "PM2.5浓度下降至35以下"     # the text kept as written


@pytest.mark.parametrize("raw, want", [
    # a noun opening with 数字 / 数据 (main: text, or the unit 个数字展厅)
    ("≥1个数字化展厅", Target(">=", 1.0, None, "个", "数字化展厅")),
    ("≥1个数字展厅", Target(">=", 1.0, None, "个", "数字展厅")),
    ("≥5个数字乡村", Target(">=", 5.0, None, "个", "数字乡村")),
    ("≥3个数据集", Target(">=", 3.0, None, "个", "数据集")),
    ("≥3个数据模型", Target(">=", 3.0, None, "个", "数据模型")),
    ("≥3栋数字楼", Target(">=", 3.0, None, "栋", "数字楼")),
    # an attribute alone (main: a counter and the attribute, or 以上 the bound)
    ("≥2个新型", Target(">=", target_text="2个新型")),
    ("≥3个省级", Target(">=", target_text="3个省级")),
    ("≥5家规模以上", Target(">=", target_text="5家规模以上")),
    ("5家规模以上", Target(target_text="5家规模以上")),
    ("≥3个省级以上", Target(">=", target_text="3个省级以上")),
    ("≥1个全国重点", Target(">=", target_text="1个全国重点")),
    ("≥1个4A级", Target(">=", target_text="1个4A级")),
    ("≥2个示范性", Target(">=", target_text="2个示范性")),
    ("≥3个标准化", Target(">=", target_text="3个标准化")),
    ("≥2辆数字化", Target(">=", target_text="2辆数字化")),
    # a letter grade 以上 inside a noun (main: `>=` and the text)
    ("≥2个AAA级以上景区", Target(">=", 2.0, None, "个", "AAA级以上景区")),
    ("≥2个3A级以上景区", Target(">=", 2.0, None, "个", "3A级以上景区")),
    # a step of a scale, the state before the work (main: 个 with 等级 the qualifier, or text)
    ("≥0.5个等级", Target(">=", 0.5, None, "个等级")),
    ("较建设前提升0.5个等级以上", Target(">=", 0.5, None, "个等级", "较建设前提升")),
    ("较上年提升0.5个等级以上", Target(">=", 0.5, None, "个等级", "较上年提升")),
    ("比改造前下降10%以上", Target(">=", 10.0, None, "%", "比改造前下降")),
    ("较项目实施前提高5个百分点", Target("=", 5.0, None, "个百分点", "较项目实施前提高")),
    # a name in Latin letters before its change (main: text)
    ("PM2.5浓度下降至35以下", Target("<=", 35.0, None, None, "PM2.5浓度下降至")),
    ("PM2.5年均浓度下降至35μg/m³以下", Target("<=", 35.0, None, "μg/m³", "PM2.5年均浓度下降至")),
    ("PM10浓度下降至70以下", Target("<=", 70.0, None, None, "PM10浓度下降至")),
    ("5G基站覆盖率提升至95%", Target("=", 95.0, None, "%", "5G基站覆盖率提升至")),
    # a name, then the keeping words (main: text)
    ("误差率控制在5%以内", Target("<=", 5.0, None, "%", "误差率")),
    ("噪声控制在55分贝以内", Target("<=", 55.0, None, "分贝", "噪声")),
    ("成本控制在100万元以内", Target("<=", 1000000.0, None, "元", "成本")),
    ("PM2.5浓度控制在35以下", Target("<=", 35.0, None, None, "PM2.5浓度")),
    ("覆盖率保持在95%以上", Target(">=", 95.0, None, "%", "覆盖率")),
    ("差错率保持在1%以下", Target("<=", 1.0, None, "%", "差错率")),
    ("控制在2-4小时", Target("range", 2.0, 4.0, "小时")),
    ("控制在90%-110%之间", Target("range", 90.0, 110.0, "%")),
    # from a level to a level (main: text)
    ("由82%提高到90%", Target("=", 90.0, None, "%", "由82%提高到")),
    ("从3天缩短至2天", Target("=", 2.0, None, "天", "从3天缩短至")),
    ("合格率从85%提升至95%以上", Target(">=", 95.0, None, "%", "合格率从85%提升至")),
    # deeds in a longer run (main: the counter with the sentence its noun)
    ("≥5家企业参加项目", Target(">=", target_text="5家企业参加项目")),
    ("≥3个村进入保护区", Target(">=", target_text="3个村进入保护区")),
    ("≥2个乡镇列入示范区", Target(">=", target_text="2个乡镇列入示范区")),
])
def test_new_readings(raw, want):
    assert split_target(raw) == want


@pytest.mark.parametrize("raw, want", [
    # right on main, kept (guards)
    ("≥3个数", Target(">=", 3.0, None, "个数")),
    ("≥3户数", Target(">=", 3.0, None, "户数")),
    ("≥2个参加项目", Target(">=", 2.0, None, "个", "参加项目")),
    ("≥3个参与项目", Target(">=", 3.0, None, "个", "参与项目")),
    ("≥5家规模以上企业", Target(">=", 5.0, None, "家", "规模以上企业")),
    ("≥3个省级示范村", Target(">=", 3.0, None, "个", "省级示范村")),
    ("≥3个重点村", Target(">=", 3.0, None, "个", "重点村")),
    ("≥2个类型", Target(">=", 2.0, None, "个", "类型")),
    ("≥3个年级", Target(">=", 3.0, None, "个年级")),
    ("≥1个全国重点文物保护单位", Target(">=", 1.0, None, "个", "全国重点文物保护单位")),
    ("≥10个5G基站", Target(">=", 10.0, None, "个", "5G基站")),
    ("≥3个4A级景区", Target(">=", 3.0, None, "个", "4A级景区")),
    ("≥10个村以上", Target(">=", 10.0, None, "个", "村")),
    ("≥2家规上", Target(">=", target_text="2家规上")),
    ("≥3个全国", Target(">=", target_text="3个全国")),
    ("≥5家企业申报项目", Target(">=", target_text="5家企业申报项目")),
    ("PM2.5≤35", Target("<=", 35.0, None, None, "PM2.5")),
    ("PM2.5平均浓度≤35μg/m³", Target("<=", 35.0, None, "μg/m³", "PM2.5平均浓度")),
    ("控制在5%以内", Target("<=", 5.0, None, "%")),
    ("控制在预算以内", Target("<=", target_text="预算")),
    ("保持在90%-95%", Target("range", 90.0, 95.0, "%")),
    ("≤2-4小时", Target("<=", target_text="2-4小时")),
    ("提高到90%", Target("=", 90.0, None, "%", "提高到")),
    ("由82%提高8%", Target(target_text="由82%提高8%")),
    ("较上年提前5天", Target(target_text="较上年提前5天")),
    ("收入增长5%", Target("=", 5.0, None, "%", "收入增长")),  # (hunt s55 tg13: a change and its bare figure, `=`; was text)
    # (hunt s59 tg19: a measure's name run into its bounded figure, the bound and the name; was text)
    ("满意度95%以上", Target(">=", 95.0, None, "%", "满意度")),
    ("不少于两场", Target(">=", 2.0, None, "场")),
    ("三项以上", Target(">=", 3.0, None, "项")),
    ("两至三个", Target("range", 2.0, 3.0, "个")),
    ("0起", Target("=", 0.0, None, "起")),
    ("≤3起", Target("<=", 3.0, None, "起")),
])
def test_kept_readings(raw, want):
    assert split_target(raw) == want
