"""Hunt tg9 (session 51): target spellings tg8 left, and more the forms' style suggests (tests/fixtures/review/
ct_s51_tg9_counters.txt, a 绩效目标申报表; ct_s51_tg9_selfeval.txt, a 绩效自评表; each reading written by hand before the
run).

Decided:
- A counter run into the noun it counts (`≥3层楼`, `不少于10个行政村`, `2座桥梁`, `≥5辆救护车`, `≥20张床位`, `5家企业以上`,
  `≥100户农户`, `≥30间教室`, `10余所学校`): the counter is the unit, the noun the qualifier, as `≥200名学生` already reads
  (名, 学生); a noun opening with a name in digits and letters (`≥10个5G基站`, `≥40台4K显示屏`, `≥2个AAA级景区`: they
  were `>=` and the text) the same. A noun of words alone is four characters at most, as a unit word is: a longer one
  is a name or a sentence as often (`两项补贴发放人次`, `八项规定落实度`, `1个品种审定延迟`), so `≥1座污水处理站` stays
  text (the snapshot showed them; hunt tg10, session 52, reads a longer noun ending naming a facility: 座, 污水处理站).
  Not a compound counter (`10台套`, `≥3个批次`, `家次`, `人次`), nor a duration in 个 (`个月`, `个工作日`, `个百分点`),
  nor `个人` (one person): they keep their unit. `≥5G基站` (no counter) stays `>=` and the text (tg8).
- `3-5万`, `5万`: a bare 万 after a figure stays the unit 万, as `5万` alone reads and `上万人` keeps 万人 (a table's indicator
  name decides money or a count, see docs/SCHEMA.md's unit); the 千 of `3-5千` likewise stays (no counted unit after it).
- `年度不少于2次`, `年度≥1次`, `年度至少1次`: 年度 is the year, per the year as `一年不少于2次` and `每年度≥1次` read (次/年;
  it was `>=` 2 次 with 年度 the qualifier, or text). Only before a count of times: `年度≥95%` keeps 年度 the qualifier.
- `1月不少于2次` stays per month (次/月): with no 每, a month before a bound on a count of times is per the month only when it
  is one month, `1月` / `一月`, as `1月1次` reads `每月1次` since hunt tg5 — a count inside January would be written
  `1月份…` or `1月内…` (`1月份不少于2次` stays text), and `2月不少于2次` stays text (February, or two months unsaid).
- `无需返工`: 无需 is "no need of": none of the rework needed, `=` 0 with 返工 the qualifier (it was 需返工; the 需 is the
  negation's, as 无 is); `无需整改` (整改 no harm) stays text.
- `无一例安全事故`, `无一起安全事故`, `未发生一起医疗事故`, `杜绝一切安全事故`: `=` 0, the harm the qualifier, as `无安全事故`
  (it was text; tg8 kept `无一例安全事故` text — changed here, test_hunt_s50_tg8 says so).
- Checked and right already (kept, guards): `不低于上年`, `较上年提高5个百分点`, `同比增长≥10%`, `≤3‰`, `≥95分`,
  `达到国家二级标准` (text), `≥1:1.2` (`>=` and the text: a ratio, no one quantity), `提升至98%以上`, `100%（含）以上`,
  `按合同约定`, `较基期下降` (text), `万分之五以下`, `≥0.8亿元`, `2024年12月31日前` (a date), `９５％`, `９５％以上`, `95%±2%`,
  `不高于市场均价`.
"""
from __future__ import annotations

import pytest

from normalize.targets import Target, split_target


def _ind(r) -> dict:
    return {i["level3"]: (i["op"], i["value"], i["value_max"], i["unit"], i["qualifier"], i["target_text"])
            for i in r.tables["indicators"]}


# ---------------------------------------------------------------- (1) a 申报表 of counted things
def test_counters_form(read):
    got = _ind(read("ct_s51_tg9_counters.txt"))
    assert len(got) == 26
    # main: the unit 层楼, 个行政村, 座桥梁, 辆救护车, 张床位, 家企业, 户农户; text for 5G基站, AAA级景区
    assert got["改造老旧楼房"] == (">=", 3.0, None, "层", "楼", None)
    assert got["覆盖行政村"] == (">=", 10.0, None, "个", "行政村", None)
    assert got["新建通信基站"] == (">=", 10.0, None, "个", "5G基站", None)
    assert got["新建农村桥梁"] == ("=", 2.0, None, "座", "桥梁", None)
    assert got["购置急救车辆"] == (">=", 5.0, None, "辆", "救护车", None)
    # (hunt tg10, session 52: a noun ending naming a facility counts, 座 and 污水处理站 — it was `>=` and the text)
    assert got["新建污水处理设施"] == (">=", 1.0, None, "座", "污水处理站", None)
    assert got["新增养老床位"] == (">=", 20.0, None, "张", "床位", None)
    assert got["创建旅游景区"] == (">=", 2.0, None, "个", "AAA级景区", None)
    assert got["扶持龙头企业"] == (">=", 5.0, None, "家", "企业", None)
    assert got["改造户数"] == (">=", 100.0, None, "户", "农户", None)
    # main: text, text, `=` 0 of 需返工
    assert got["施工安全"] == ("=", 0.0, None, None, "安全事故", None)
    assert got["医疗安全"] == ("=", 0.0, None, None, "医疗事故", None)
    assert got["工程质量"] == ("=", 0.0, None, None, "返工", None)
    # main: 次 with 年度 the qualifier
    assert got["设施巡查频次"] == (">=", 2.0, None, "次/年", None, None)
    assert got["督导检查频次"] == (">=", 1.0, None, "次/年", None, None)
    # right on main, kept
    assert got["购置农机装备"] == ("=", 10.0, None, "台套", None, None)
    assert got["安全检查频次"] == (">=", 2.0, None, "次/月", None, None)
    assert got["设备验收合格率"] == (">=", 95.0, None, "%", None, None)
    assert got["水质检测偏差"] == ("range", 93.0, 97.0, "%", None, None)
    assert got["项目完工时间"] == (None, None, None, None, None, "2024年12月31日前")
    assert got["设备采购单价"] == ("<=", None, None, None, None, "市场均价")
    assert got["农民收入增长"] == ("=", 5.0, None, "个百分点", "较上年提高", None)
    assert got["村集体经济收入"] == (">=", 10.0, None, "%", "同比增长", None)
    assert got["出水水质"] == (None, None, None, None, None, "达到国家二级标准")
    assert got["地方配套比例"] == (">=", None, None, None, None, "1:1.2")
    assert got["群众满意度"] == (">=", 95.0, None, "分", None, None)


# ---------------------------------------------------------------- (2) a 自评表: the targets and their actuals
def test_selfeval(read):
    r = read("ct_s51_tg9_selfeval.txt")
    got = _ind(r)
    assert len(got) == 9
    # main: the unit 栋教学楼, 间教室; text (4K显示屏); `>` 10 of 所学校; text; 次 with 年度 the qualifier
    assert got["新建教学楼"] == (">=", 2.0, None, "栋", "教学楼", None)
    assert got["改造教室"] == (">=", 30.0, None, "间", "教室", None)
    assert got["配备多媒体设备"] == (">=", 40.0, None, "台", "4K显示屏", None)
    assert got["覆盖学校"] == (">", 10.0, None, "所", "学校", None)
    assert got["校舍安全"] == ("=", 0.0, None, None, "安全事故", None)
    assert got["安全巡查频次"] == (">=", 1.0, None, "次/年", None, None)
    # right on main, kept
    assert got["受益学生"] == (">=", 3000.0, None, "名", "学生", None)
    assert got["入学率"] == ("=", 2.0, None, "个百分点", "较上年提高", None)
    assert got["家长满意度"] == (">=", 90.0, None, "%", None, None)
    actual = {i["level3"]: i["actual_raw"] for i in r.tables["indicators"]}
    assert actual["新建教学楼"] == "2栋教学楼"
    assert actual["覆盖学校"] == "12所"


# ---------------------------------------------------------------- (3) the normalizer alone
@pytest.mark.parametrize("raw, want", [
    # main: the unit 层楼 / 个村 / 座桥梁 / 台设备 / 艘船 / 套设备 / 条道路 / 所学校 / 项制度 / 部手机 / 眼机井 / 个点位 / 层楼房
    ("≥3层楼", Target(">=", 3.0, None, "层", "楼")),
    ("≥10个村", Target(">=", 10.0, None, "个", "村")),
    ("10个村以上", Target(">=", 10.0, None, "个", "村")),
    ("≥10个村（社区）", Target(">=", 10.0, None, "个", "村；社区")),
    ("≥3座桥梁", Target(">=", 3.0, None, "座", "桥梁")),
    ("≥5台设备", Target(">=", 5.0, None, "台", "设备")),
    ("≥2艘船", Target(">=", 2.0, None, "艘", "船")),
    ("≥10套设备", Target(">=", 10.0, None, "套", "设备")),
    ("≥3条道路", Target(">=", 3.0, None, "条", "道路")),
    ("≥2所学校", Target(">=", 2.0, None, "所", "学校")),
    ("≥3项制度", Target(">=", 3.0, None, "项", "制度")),
    ("≥1眼机井", Target(">=", 1.0, None, "眼", "机井")),
    ("≥5个点位", Target(">=", 5.0, None, "个", "点位")),
    ("≥3层楼房", Target(">=", 3.0, None, "层", "楼房")),
    ("≥12层住宅", Target(">=", 12.0, None, "层", "住宅")),
    ("三座桥梁", Target("=", 3.0, None, "座", "桥梁")),
    ("10余个村", Target(">", 10.0, None, "个", "村")),
    ("≥2个基站/村", Target(">=", 2.0, None, "个/村", "基站")),
    ("≥1万户农户", Target(">=", 1.0, None, "万户", "农户")),
    ("≥3个乡镇（街道）", Target(">=", 3.0, None, "个", "乡镇；街道")),
    # main: text
    ("≥10个5G基站", Target(">=", 10.0, None, "个", "5G基站")),
    ("≥3个5G基站", Target(">=", 3.0, None, "个", "5G基站")),
    ("≥10台4K摄像机", Target(">=", 10.0, None, "台", "4K摄像机")),
    ("≥2个AAA级景区", Target(">=", 2.0, None, "个", "AAA级景区")),
    ("≥1个3A级景区", Target(">=", 1.0, None, "个", "3A级景区")),
    ("≥2套GIS系统", Target(">=", 2.0, None, "套", "GIS系统")),
    ("≥2个服务中心", Target(">=", 2.0, None, "个", "服务中心")),
    ("无一例安全事故", Target("=", 0.0, qualifier="安全事故")),
    ("无一例医疗事故", Target("=", 0.0, qualifier="医疗事故")),
    ("无一起安全事故", Target("=", 0.0, qualifier="安全事故")),
    ("未发生一起安全事故", Target("=", 0.0, qualifier="安全事故")),
    ("杜绝一切安全事故", Target("=", 0.0, qualifier="安全事故")),
    ("年度至少1次", Target(">=", 1.0, None, "次/年")),
    # main: `=` 0 of 需返工
    ("无需返工", Target("=", 0.0, qualifier="返工")),
    # main: 次, 年度 the qualifier
    ("年度不少于2次", Target(">=", 2.0, None, "次/年")),
    ("年度≥2次", Target(">=", 2.0, None, "次/年")),
    ("年度不超过2次", Target("<=", 2.0, None, "次/年")),
    # right on main, kept (guards)
    ("≥5G基站", Target(">=", target_text="5G基站")),
    ("≥3层", Target(">=", 3.0, None, "层")),
    ("≥3层（含）", Target(">=", 3.0, None, "层", "含")),
    ("10台套", Target("=", 10.0, None, "台套")),
    ("≥3个批次", Target(">=", 3.0, None, "个批次")),
    ("≥10家次", Target(">=", 10.0, None, "家次")),
    ("≥10个人", Target(">=", 10.0, None, "个人")),
    ("≥3个人次", Target(">=", 3.0, None, "个人次")),
    ("≥5个工作日", Target(">=", 5.0, None, "个工作日")),
    ("≥1座污水处理站", Target(">=", 1.0, None, "座", "污水处理站")),     # (hunt tg10: it was `>=` and the text)
    ("≥3000台件", Target(">=", 3000.0, None, "台件")),
    ("400个工日", Target("=", 400.0, None, "个工日")),
    ("3个半小时", Target("=", 3.5, None, "小时")),
    ("两项补贴发放人次", Target(target_text="两项补贴发放人次")),
    ("八项规定落实度", Target(target_text="八项规定落实度")),
    ("1个品种审定延迟", Target(target_text="1个品种审定延迟")),
    ("每场不少于50家企业", Target(">=", 50.0, None, "家", "企业；每场")),
    ("≤15个工作日", Target("<=", 15.0, None, "个工作日")),
    ("≥3个百分点", Target(">=", 3.0, None, "个百分点")),
    ("≥3个季度", Target(">=", 3.0, None, "个季度")),
    ("3个月内完成", Target("<=", 3.0, None, "个月", "完成")),
    ("≥20名学生", Target(">=", 20.0, None, "名", "学生")),
    ("每村1个", Target("=", 1.0, None, "个/村")),
    ("完成10个村", Target("=", 10.0, None, "个", "村")),    # (was text; one count since hunt tg14, as `完成≥10个村`)
    ("每村建设1个文化广场", Target(target_text="每村建设1个文化广场")),
    ("≥5台（套）", Target(">=", 5.0, None, "台(套)")),
    ("5个工作日内办结", Target("<=", 5.0, None, "个工作日", "办结")),
    ("3-5万", Target("range", 3.0, 5.0, "万")),
    ("5万", Target("=", 5.0, None, "万")),
    ("上万人", Target(">=", 1.0, None, "万人")),
    ("≥10万人次", Target(">=", 10.0, None, "万人次")),
    ("1月不少于2次", Target(">=", 2.0, None, "次/月")),
    ("一月不少于2次", Target(">=", 2.0, None, "次/月")),
    ("1月份不少于2次", Target(target_text="1月份不少于2次")),
    ("2月不少于2次", Target(target_text="2月不少于2次")),
    ("年度≥95%", Target(">=", 95.0, None, "%", "年度")),
    ("全年不少于12次", Target(">=", 12.0, None, "次", "全年")),
    ("无需整改", Target(target_text="无需整改")),
    ("无安全事故", Target("=", 0.0, qualifier="安全事故")),
    ("无法完成", Target(target_text="无法完成")),
    ("不低于上年", Target(">=", target_text="上年")),
    ("较上年提高5个百分点", Target("=", 5.0, None, "个百分点", "较上年提高")),
    ("同比增长≥10%", Target(">=", 10.0, None, "%", "同比增长")),
    ("≤3‰", Target("<=", 3.0, None, "‰")),
    ("≥95分", Target(">=", 95.0, None, "分")),
    ("达到国家二级标准", Target(target_text="达到国家二级标准")),
    ("≥1:1.2", Target(">=", target_text="1:1.2")),
    ("提升至98%以上", Target(">=", 98.0, None, "%", "提升至")),
    ("100%（含）以上", Target(">=", 100.0, None, "%", "含")),
    ("按合同约定", Target(target_text="按合同约定")),
    ("较基期下降", Target(target_text="较基期下降")),
    ("万分之五以下", Target("<=", 5.0, None, "‱")),
    ("≥0.8亿元", Target(">=", 80000000.0, None, "元")),
    ("2024年12月31日前", Target(target_text="2024年12月31日前")),
    ("９５％", Target("=", 95.0, None, "%")),
    ("９５％以上", Target(">=", 95.0, None, "%")),
    ("95%±2%", Target("range", 93.0, 97.0, "%")),
    ("不高于市场均价", Target("<=", target_text="市场均价")),
    ("≥1.5倍", Target(">=", 1.5, None, "倍")),
    ("≥10000㎡（建筑面积）", Target(">=", 10000.0, None, "㎡", "建筑面积")),
    ("≥5万吨级泊位", Target(">=", 5.0, None, "万吨", "级泊位")),
    ("≥2万元/户", Target(">=", 20000.0, None, "元/户")),
])
def test_targets(raw, want):
    assert split_target(raw) == want
