"""Review rv38 (session 55) of hunt tg13's target readings (normalize/targets.py), probed with cells as real forms vary
them and with a 项目绩效目标表 (a 指标性质 and a 计量单位 column, merged cells left empty) and a 绩效自评表
(tests/fixtures/review/ct_s55_rv38_declared.txt, ct_s55_rv38_selfeval.txt, from
tests/fixtures/review/make_s55_rv38.py); each reading written by hand before the run.

Decided:
- tg13's long names (more than eight characters ending in 率, 度, 比例, 比重, 占比, 指数, 水平) took whole sentences as the
  name: `通过开展培训提升农民种植技术水平≥90%`, `全面加强项目管理提高资金使用效率≥90%`, `项目建成后有效改善群众生活水平≥90%`,
  `按时完成建设任务确保工程质量合格率≥95%`, `资金到位后及时拨付至项目单位拨付率达到100%` read `>=` with the sentence the
  qualifier. A long name holding a clause — a means (通过), a purpose's verb (加强, 提高, 提升, 改善, 促进, 确保 …, not a
  name's own `技能提升`, nor the verb made the measure, `一次性通过率`, `症状改善率`), a time after a deed (`建成后`,
  `到位后`) — is no name: text, as they were on main and as a long run ending otherwise stays. An aim opening the name is no clause (`确保全县农村饮水安全覆盖率≥95%` reads); the names
  tg13 meant read as it made them (`城乡居民基本医疗保险参保率≥95%`, `职业技能提升培训合格率≥90%`).
- tg13's shared counter took every 个体 for the person's word: `10个体育场馆`, `≥3个体检中心`, `3个体系` read the
  qualifier `个体育场馆` / `个体检中心` / `个体系`. 个体 is the person's word only before 工商, 户, 经营, 私营, 商户, 经济,
  诊所, 从业, 劳动, or alone; otherwise 个 is the counter and the noun opens with 体: `=` 10 个, 体育场馆 (the units
  `个体育场馆`, `个体系` on 1a9ed238's parent, text for `≥3个体检中心`). `≥10个体工商户`, `≥20个体户`: 个, 个体工商户 / 个体户.
Kept (checked, right): tg13's changes with a bare figure (`较上年增长10%`, `同比下降10%`: `=` the figure, the change's
words the qualifier — a decrease's figure positive, its sign in 下降, as `比上年下降2个百分点` read before tg13);
`较上年增长10%以上` `>=`; `增长10%-15%` a range; `降低至5%` a level (`=` 5 %, 降低至); `下降10%左右` `~`; a change with a
second figure of another quantity stays text (`较上年增长10%，较前年增长20%`, `较上年增长10%，达到95%`, `较上年增长10%的企业`);
the aim after a change (`比上年增长10%，力争15%`: 10 %, 力争15% in the qualifier, as `提升至95%，力争100%` reads, rv3);
the change said over the value and unit cells (`较上年增长10` | `%`); `≥2个人`, `3个人` keep 个人; a zero count after a long
sentence (`确保项目建设过程中安全事故0起`) stays text; `全年发生安全事故0起` reads.
"""
from __future__ import annotations

import pytest

from normalize.targets import Target, split_target


def T(op=None, value=None, value_max=None, unit=None, qualifier=None, text=None) -> Target:
    return Target(op=op, value=value, value_max=value_max, unit=unit, qualifier=qualifier, target_text=text)


def X(text: str) -> Target:
    return T(text=text)


CELLS = [
    # a sentence ending in a measure's word is no long name (1a9ed238: `>=` with the sentence the qualifier)
    ("通过开展培训提升农民种植技术水平≥90%", X("通过开展培训提升农民种植技术水平≥90%")),
    ("全面加强项目管理提高资金使用效率≥90%", X("全面加强项目管理提高资金使用效率≥90%")),
    ("项目建成后有效改善群众生活水平≥90%", X("项目建成后有效改善群众生活水平≥90%")),
    ("按时完成建设任务确保工程质量合格率≥95%", X("按时完成建设任务确保工程质量合格率≥95%")),
    ("资金到位后及时拨付至项目单位拨付率达到100%", X("资金到位后及时拨付至项目单位拨付率达到100%")),
    ("进一步加强农村饮用水源地保护水质达标率≥95%", X("进一步加强农村饮用水源地保护水质达标率≥95%")),
    # the long names tg13 meant (guards)
    ("城乡居民基本医疗保险参保率≥95%", T(">=", 95.0, unit="%", qualifier="城乡居民基本医疗保险参保率")),
    ("城乡居民医保参保率保持在95%以上", T(">=", 95.0, unit="%", qualifier="城乡居民医保参保率")),
    ("职业技能提升培训合格率≥90%", T(">=", 90.0, unit="%", qualifier="职业技能提升培训合格率")),
    ("确保全县农村饮水安全覆盖率≥95%", T(">=", 95.0, unit="%", qualifier="确保全县农村饮水安全覆盖率")),
    ("建档立卡贫困户危房改造完成率不低于95%", T(">=", 95.0, unit="%", qualifier="建档立卡贫困户危房改造完成率")),
    ("群众对项目实施的满意程度≥90%", T(">=", 90.0, unit="%", qualifier="群众对项目实施的满意程度")),
    ("项目竣工验收一次性通过率≥95%", T(">=", 95.0, unit="%", qualifier="项目竣工验收一次性通过率")),
    ("慢性病患者症状改善率达到80%", T(">=", 80.0, unit="%", qualifier="慢性病患者症状改善率")),
    ("履约保证金按时退还率≥100%", T(">=", 100.0, unit="%", qualifier="履约保证金按时退还率")),
    ("全面预算管理覆盖率≥95%", T(">=", 95.0, unit="%", qualifier="全面预算管理覆盖率")),
    # 个 before a noun opening with 体 (1a9ed238: the qualifier 个体育场馆 …)
    ("10个体育场馆", T("=", 10.0, unit="个", qualifier="体育场馆")),
    ("≥3个体检中心", T(">=", 3.0, unit="个", qualifier="体检中心")),
    ("3个体系", T("=", 3.0, unit="个", qualifier="体系")),
    ("≥3个体制机制", T(">=", 3.0, unit="个", qualifier="体制机制")),
    ("5个体育项目", T("=", 5.0, unit="个", qualifier="体育项目")),
    # 个体 the person's word (guards)
    ("≥10个体工商户", T(">=", 10.0, unit="个", qualifier="个体工商户")),
    ("≥20个体户", T(">=", 20.0, unit="个", qualifier="个体户")),
    ("≥5个体经营户", T(">=", 5.0, unit="个", qualifier="个体经营户")),
    ("≥20个个体户", T(">=", 20.0, unit="个", qualifier="个体户")),
    ("3个性化服务", T("=", 3.0, unit="个", qualifier="个性化服务")),
    ("≥2个人", T(">=", 2.0, unit="个人")),
    ("3个人", T("=", 3.0, unit="个人")),
    # tg13's changes (guards: checked right)
    ("较上年增长10%", T("=", 10.0, unit="%", qualifier="较上年增长")),
    ("较上年增长10%以上", T(">=", 10.0, unit="%", qualifier="较上年增长")),
    ("比上年提高5个百分点", T("=", 5.0, unit="个百分点", qualifier="比上年提高")),
    ("同比下降10%", T("=", 10.0, unit="%", qualifier="同比下降")),
    ("下降10%左右", T("~", 10.0, unit="%", qualifier="下降")),
    ("比上年下降10%以上", T(">=", 10.0, unit="%", qualifier="比上年下降")),
    ("降低至5%", T("=", 5.0, unit="%", qualifier="降低至")),
    ("降低到5%以下", T("<=", 5.0, unit="%", qualifier="降低到")),
    ("增长10%-15%", T("range", 10.0, 15.0, unit="%", qualifier="增长")),
    ("较2023年增长10%", T("=", 10.0, unit="%", qualifier="较2023年增长")),
    ("较上年增长20万元", T("=", 200000.0, unit="元", qualifier="较上年增长")),
    ("较上年增长10%，较前年增长20%", X("较上年增长10%,较前年增长20%")),
    ("较上年增长10%，达到95%", X("较上年增长10%,达到95%")),
    ("较上年增长10%的企业", X("较上年增长10%的企业")),
    ("收入增长10%以上的农户", X("收入增长10%以上的农户")),
    ("较上年增长", X("较上年增长")),
    # zero counts (guards)
    ("全年发生安全事故0起", T("=", 0.0, unit="起", qualifier="全年发生安全事故")),
    ("确保项目建设过程中安全事故0起", X("确保项目建设过程中安全事故0起")),
    ("安全事故10起", X("安全事故10起")),
]


@pytest.mark.parametrize(("text", "want"), CELLS, ids=[c[0] for c in CELLS])
def test_cell(text, want):
    assert split_target(text) == want


def _ind(r) -> dict:
    return {i["level3"]: (i["op"], i["value"], i["value_max"], i["unit"], i["qualifier"], i["target_text"])
            for i in r.tables["indicators"]}


def test_declared_form(read):
    got = _ind(read("ct_s55_rv38_declared.txt"))
    assert len(got) == 17
    assert got["新建体育场馆"] == (">=", 10.0, None, "个", "体育场馆", None)
    assert got["体检服务"] == (">=", 3.0, None, "个", "体检中心", None)
    assert got["赛事活动"] == ("=", 5.0, None, "个", "体育项目", None)
    assert got["扶持个体户"] == (">=", 20.0, None, "个", "个体户", None)
    assert got["扶持个体工商户"] == (">=", 10.0, None, "个", "个体工商户", None)
    for name, cell in (("设施验收合格率", "通过开展培训提升农民种植技术水平≥90%"),
                       ("资金使用效率", "全面加强项目管理提高资金使用效率≥90%"),
                       ("工程质量合格率", "按时完成建设任务确保工程质量合格率≥95%"),
                       ("群众生活水平", "项目建成后有效改善群众生活水平≥90%"),
                       ("安全生产", "确保项目建设过程中安全事故0起")):
        assert got[name] == (None, None, None, None, None, cell), name
    assert got["技能培训合格率"] == (">=", 90.0, None, "%", "职业技能提升培训合格率", None)
    assert got["饮水安全覆盖率"] == (">=", 95.0, None, "%", "确保全县农村饮水安全覆盖率", None)
    # the change over the value and unit cells, as in one cell
    assert got["健身场次"] == ("=", 10.0, None, "%", "较上年增长", None)
    assert got["门诊次均费用"] == ("=", 5.0, None, "%", "同比下降", None)
    assert got["器材更新率"] == ("=", 5.0, None, "个百分点", "比上年提高", None)
    assert got["群众满意度"] == (">=", 90.0, None, "%", None, None)


def test_selfeval_form(read):
    got = _ind(read("ct_s55_rv38_selfeval.txt"))
    assert len(got) == 8
    assert got["体育器材配送"] == (">=", 3.0, None, "个", "体系", None)
    assert got["新建体育场馆"] == ("=", 10.0, None, "个", "体育场馆", None)
    assert got["拨付及时率"] == (None, None, None, None, None, "资金到位后及时拨付至项目单位拨付率达到100%")
    assert got["参保率"] == (">=", 95.0, None, "%", "城乡居民基本医疗保险参保率", None)
    assert got["参与人数"] == ("=", 10.0, None, "%", "比上年增长；力争15%", None)
    assert got["活动场次"] == (None, None, None, None, None, "较上年增长10%,较前年增长20%")
    assert got["门诊费用"] == ("=", 2.0, None, "个百分点", "比上年下降", None)
