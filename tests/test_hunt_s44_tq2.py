"""Hunt s44 tq2: indicator targets — a mass of CO2 equivalent (`≥1.2万吨（二氧化碳当量）`, `≥500吨CO2当量`, a 计量单位 cell
`万吨（二氧化碳当量）`: the unit 万吨二氧化碳当量, as `吨（标准煤）` is 吨标准煤), money per a person and a period with its
subsidy's word (`每人每月补助100元`, `每生每年补助1000元`, `每亩补贴100元`, `补助标准：每人每月1200元`: 元/人/月 …, the
word the qualifier, as `每户补助2000元` reads), who 名 counts (`≥50名志愿者`, `≥100` | `名学生`: the unit 名, the noun the
qualifier, as `3名专职人员` reads), and target_missed_full_score comparing a duration written in another unit of its
kind (`≤2小时` done `150分钟`, `≤1年` done `14个月`; `≤30日` done `25天` met). Each expected reading written by hand
from the form before running jixiao; what main gave is said beside each (cases without a comment guard the rules'
bounds: right on main too). tests/fixtures/make_s44_tq2.py makes the binary."""
from __future__ import annotations

import pytest

from jixiao.checks import actual_misses_target
from normalize.records import normalize_indicator
from normalize.targets import split_target
from tests.hunt_tools import only_project, warning_codes

# (op, value, value_max, unit, qualifier, target_text)
CASES = [
    # a mass of CO2 equivalent (main: unit 万吨 / 吨, the gloss the qualifier; unbracketed, text)
    ("≥1.2万吨（二氧化碳当量）", (">=", 1.2, None, "万吨二氧化碳当量", None, None)),
    ("≥10吨（CO2当量）", (">=", 10.0, None, "吨二氧化碳当量", None, None)),
    ("≥0.5万吨（CO₂当量）", (">=", 0.5, None, "万吨二氧化碳当量", None, None)),
    ("8-10万吨（二氧化碳当量）", ("range", 8.0, 10.0, "万吨二氧化碳当量", None, None)),
    ("≥500吨CO2当量", (">=", 500.0, None, "吨二氧化碳当量", None, None)),                   # main: `>=`, the text
    ("≥10万吨二氧化碳当量", (">=", 10.0, None, "万吨二氧化碳当量", None, None)),             # main: `>=`, the text
    ("10.5万吨CO2e", ("=", 10.5, None, "万吨二氧化碳当量", None, None)),                    # main: text
    ("≥10万吨二氧化碳当量（核证）", (">=", 10.0, None, "万吨二氧化碳当量", "核证", None)),   # main: `>=`, the text
    ("≥10万吨（二氧化碳）", (">=", 10.0, None, "万吨", "二氧化碳", None)),       # no 当量: a note (as on main)
    ("≥5万元（二氧化碳当量）", (">=", 50000.0, None, "元", "二氧化碳当量", None)),  # no mass: a note (as on main)
    ("≥1.2万吨（标准煤）", (">=", 1.2, None, "万吨标准煤", None, None)),
    # money per a person and a period, the subsidy's word the qualifier (main: text)
    ("每人每月补助100元", ("=", 100.0, None, "元/人/月", "补助", None)),
    ("每户每年补助1000元", ("=", 1000.0, None, "元/户/年", "补助", None)),
    ("每生每年补助1000元", ("=", 1000.0, None, "元/生/年", "补助", None)),
    ("每亩补贴100元", ("=", 100.0, None, "元/亩", "补贴", None)),
    ("补助标准：每人每月1200元", ("=", 1200.0, None, "元/人/月", "补助标准", None)),
    ("补助每人每月300元", ("=", 300.0, None, "元/人/月", "补助", None)),
    ("每人每月补助不低于300元", (">=", 300.0, None, "元/人/月", "补助", None)),   # main: 元, `每人每月补助`
    ("每人每月300元", ("=", 300.0, None, "元/人/月", None, None)),
    ("每亩施肥20公斤", (None, None, None, None, None, "每亩施肥20公斤")),          # no subsidy: a sentence (as main)
    # who 名 counts (main: the unit 名学生 …)
    ("≥20名学生", (">=", 20.0, None, "名", "学生", None)),
    ("≥5名贫困学生", (">=", 5.0, None, "名", "贫困学生", None)),
    ("≥50名志愿者", (">=", 50.0, None, "名", "志愿者", None)),
    ("≥20名学生/班", (">=", 20.0, None, "名/班", "学生", None)),
    ("≥100名家长", (">=", 100.0, None, "名", "家长", None)),
    ("≥5名优秀学生", (">=", 5.0, None, "名", "优秀学生", None)),
    ("≥5名次", (">=", 5.0, None, "名次", None, None)),        # a word 名 opens: the unit (as on main)
    ("≥3名师", (">=", 3.0, None, "名师", None, None)),
    ("≥10名", (">=", 10.0, None, "名", None, None)),
    # a strict bound said to include itself (main: `>` / `<`, the qualifier 含)
    (">95%（含）", (">=", 95.0, None, "%", "含", None)),
    ("＜5%（含）", ("<=", 5.0, None, "%", "含", None)),
    ("大于95%（含本数）", (">=", 95.0, None, "%", "含本数", None)),
    (">95%", (">", 95.0, None, "%", None, None)),
    ("≥95%（含）", (">=", 95.0, None, "%", "含", None)),
]


@pytest.mark.parametrize("raw, expected", CASES, ids=[c[0] for c in CASES])
def test_split_target_spellings(raw, expected):
    t = split_target(raw)
    assert (t.op, t.value, t.value_max, t.unit, t.qualifier, t.target_text) == expected


# (target as normalized, the actual as written) -> misses? (None: not compared)
DURATION_CASES = [
    (("<=", 2.0, "小时", "≤2小时"), "150分钟", True),     # main: None (小时 vs 分钟 not compared)
    (("<=", 2.0, "小时", "≤2小时"), "90分钟", False),     # main: None
    (("<=", 30.0, "日", "≤30日"), "35天", True),          # main: None (日 vs 天)
    (("<=", 30.0, "日", "≤30日"), "25天", False),         # main: None
    (("<=", 1.0, "年", "≤1年"), "14个月", True),          # main: None
    ((">=", 1.0, "周", "≥1周"), "5天", True),             # main: None
    (("<=", 30.0, "天", "≤30天"), "2个月", None),         # a month has no fixed days: not compared
    (("<=", 3.0, "个工作日", "≤3个工作日"), "5天", None),  # a working day is no calendar day: not compared
    (("<=", 2.0, "小时", "≤2小时"), "3小时", True),
]


@pytest.mark.parametrize("target, actual, expected", DURATION_CASES, ids=[f"{c[0][3]}|{c[1]}" for c in DURATION_CASES])
def test_durations_compared(target, actual, expected):
    op, value, unit, raw = target
    assert actual_misses_target({"op": op, "value": value, "unit": unit, "target_raw": raw}, actual) is expected


# (indicator's name, the target cell, the value cell, the 计量单位 cell) -> (op, value, value_max, unit, qualifier)
NAME_CASES = [
    ("年产值", "≥3.5亿", None, None, (">=", 350_000_000.0, None, "元", None)),              # main: 3.5 亿
    ("实现销售收入", "≥1.2万", None, None, (">=", 12_000.0, None, "元", None)),              # main: 1.2 万
    ("综合指标", "产值≥3.5亿", None, None, (">=", 350_000_000.0, None, "元", "产值")),      # main: 3.5 亿
    ("年产值", "2-3亿", None, None, ("range", 200_000_000.0, 300_000_000.0, "元", None)),   # main: 2-3 亿
    ("年产值", "≥3.5", "≥3.5", "亿", (">=", 350_000_000.0, None, "元", None)),             # main: 3.5 亿
    ("带动农户增收", "≥1.2", "≥1.2", "万", (">=", 12_000.0, None, "元", None)),             # main: 1.2 万
    ("带动就业人数", "≥3万", None, None, (">=", 3.0, None, "万", None)),      # a count's name keeps its 万 (as main)
    ("服务人次", "≥3", "≥3", "万", (">=", 3.0, None, "万", None)),
    ("资助家庭经济困难学生", "≥100名学生", "≥100", "名学生", (">=", 100.0, None, "名", "学生")),   # main: 名学生
    ("强制免疫畜禽数量", "≥120万头（只）", "≥120", "万头（只）", (">=", 120.0, None, "万头(只)", None)),  # (as main)
    ("年减少碳排放", "≥0.8万吨（二氧化碳当量）", "≥0.8", "万吨（二氧化碳当量）",
     (">=", 0.8, None, "万吨二氧化碳当量", None)),                                        # main: 万吨, the gloss a note
]


@pytest.mark.parametrize("name, target, value, unit, expected", NAME_CASES, ids=[c[0] + c[1] for c in NAME_CASES])
def test_named_and_unit_cells(name, target, value, unit, expected):
    rec = {"level2": "数量指标", "level3": name, "target_raw": target}
    if value is not None:
        rec.update(target_value_raw=value, unit_raw=unit)
    r = normalize_indicator(rec, 2025)
    assert (r["op"], r["value"], r["value_max"], r["unit"], r["qualifier"]) == expected


def _ind(r) -> dict:
    return {i["level3"]: (i["op"], i["value"], i["value_max"], i["unit"], i["qualifier"], i["target_text"])
            for i in r.tables["indicators"]}


def test_subsidy_carbon_text_dump(read):
    """A 2025 目标申报表 dumped as text, 指标值 | 计量单位: subsidies per a person and a period, who 名 counts (in one cell
    and in the unit cell, `≥100` | `名学生`), masses of CO2 equivalent (in one cell and in the unit cell)."""
    r = read("ct_s44_tq2_subsidy_carbon.txt")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["year"], p["budget_year"]) == (
        "2025年困难群体生活补助及低碳社区建设项目", "XX县民政局", "XX县社会福利服务中心", 2025, 3_800_000.0)
    assert _ind(r) == {
        "困难残疾人生活补贴": ("=", 100.0, None, "元/人/月", "补助", None),             # main: text
        "困难学生生活补助": ("=", 1000.0, None, "元/生/年", "补助", None),              # main: text
        "耕地地力保护补贴": ("=", 100.0, None, "元/亩", "补贴", None),                  # main: text
        "孤儿基本生活费": ("=", 1200.0, None, "元/人/月", "补助标准", None),            # main: text
        "招募社区志愿者": (">=", 50.0, None, "名", "志愿者", None),                     # main: unit 名志愿者
        "资助家庭经济困难学生": (">=", 100.0, None, "名", "学生", None),                # main: unit 名学生
        "补助资金发放时限": ("<=", 30.0, None, "日", None, None),
        "社区光伏发电减少碳排放": (">=", 500.0, None, "吨二氧化碳当量", None, None),    # main: `>=`, the text
        "年减少碳排放": (">=", 0.8, None, "万吨二氧化碳当量", None, None),              # main: 万吨, the gloss a note
        "绿色出行减少碳排放": (">=", 1.2, None, "万吨二氧化碳当量", None, None),        # main: 万吨, the gloss a note
        "带动社区产业年产值": (">=", 120_000_000.0, None, "元", None, None),            # main: 1.2 亿
        "受助对象满意度": (">=", 90.0, None, "%", None, None),
    }
    assert warning_codes(r) == []


def test_durations_self_eval_excel(read):
    """A 2024 自评表 in Excel, every indicator scored its full points: four actuals miss their targets once read in
    the target's unit (`186名` under `≥200名学生`, `150分钟` over `≤2小时`, `14个月` over `≤1年`, `1.05万吨二氧化碳当量`
    under `≥1.2万吨（二氧化碳当量）`); `25天` meets `≤30日` (main: none of the four said)."""
    r = read("ct_s44_tq2_durations_self_eval.xlsx")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["year"], p["budget_year"]) == (
        "困难群众救助及低碳社区建设项目", "XX县民政局", "XX县社会救助服务中心", 2024, 3_800_000.0)
    assert _ind(r) == {
        "资助家庭经济困难学生": (">=", 200.0, None, "名", "学生", None),                # main: unit 名学生
        "困难残疾人生活补贴": ("=", 100.0, None, "元/人/月", "补助", None),             # main: text
        "群众求助响应时间": ("<=", 2.0, None, "小时", None, None),
        "补助资金发放时限": ("<=", 30.0, None, "日", None, None),
        "低碳社区建设周期": ("<=", 1.0, None, "年", None, None),
        "年减少碳排放": (">=", 1.2, None, "万吨二氧化碳当量", None, None),              # main: 万吨, the gloss a note
        "受助群众满意度": (">=", 90.0, None, "%", None, None),
    }
    missed = sorted(w["message"].split(":")[0] for w in r.tables["warnings"] if w["code"] == "target_missed_full_score")
    # main: [] (名学生 vs 名, 小时 vs 分钟, 年 vs 个月 not compared, the actual 万吨二氧化碳当量 text)
    assert missed == sorted(["资助家庭经济困难学生", "群众求助响应时间", "低碳社区建设周期", "年减少碳排放"])
