"""Hunt s45 tq4: indicator target spellings with a verb before the value, a grade before its bracketed bound, a score
out of a scale said `5分满分`, a change in percentage points, and `半年内`. Each expected reading was written by hand
before running jixiao; what main gave is said beside each (cases marked "guard" are right on main and bound the new
rules). Checked and right on main already (not repeated here): `达到100%`, `确保95%以上`, `力争达到95%`, `下降不超过3个百分点`,
`4.5分（满分5分）`, `不少于三次`, `两周内`, `≥９０％`, `90%-95%`, `0.95以上`, `≤万分之三`, `千分之五以下`, and a value and its unit
in separate cells (`9 | 月`, `≥ | 300 | 人次`)."""
from __future__ import annotations

import pytest

from normalize.targets import split_target

# (op, value, value_max, unit, qualifier, target_text)
CASES = [
    # an aim before a bare figure: the figure, the aim the qualifier, as `力争达到95%` reads (main: the text)
    ("力争100%", ("=", 100.0, None, "%", "力争", None)),
    ("争取95%以上", (">=", 95.0, None, "%", "争取", None)),
    ("力求98%", ("=", 98.0, None, "%", "力求", None)),
    ("力争达到95%", (">=", 95.0, None, "%", "力争", None)),                    # guard (right on main)
    # the deed of reaching the figure, no comparison of its own, as `确保100%` (main: the text; `完成100%` the same since
    # hunt s46 sc2, as `100%完成` and `年底前完成100%` read — it was kept text)
    ("实现100%", ("=", 100.0, None, "%", None, None)),
    ("做到100%", ("=", 100.0, None, "%", None, None)),
    ("完成100%", ("=", 100.0, None, "%", None, None)),
    ("实现95%以上", (">=", 95.0, None, "%", None, None)),
    ("确保100%", ("=", 100.0, None, "%", None, None)),                         # guard (right on main)
    ("完成10个村", ("=", 10.0, None, "个", "村", None)),    # (was kept text; one count since hunt tg14, as `完成≥10个村`)
    ("实现全覆盖", (None, None, None, None, None, "实现全覆盖")),               # guard: no figure, text
    # a grade, the bound that earns it in brackets: the comparison, the grade the qualifier (main: the text)
    ("优良（≥90分）", (">=", 90.0, None, "分", "优良", None)),
    ("合格（60分及以上）", (">=", 60.0, None, "分", "合格", None)),
    ("良好(80-89分)", ("range", 80.0, 89.0, "分", "良好", None)),
    ("A级（≥90分）", (">=", 90.0, None, "分", "A级", None)),
    ("优秀（≥90）", (">=", 90.0, None, None, "优秀", None)),
    ("≥90分（优良）", (">=", 90.0, None, "分", "优良", None)),                 # guard (right on main)
    ("每年（≥2次）", (">=", 2.0, None, "次/年", None, None)),     # a frequency's period: `≥2次/年` (it was text; hunt lt)
    ("达标（2024年）", (None, None, None, None, None, "达标(2024年)")),         # guard: a year, no bound
    # a score out of a scale said with 满分 after its top (main: no unit, the bracket the qualifier)
    ("≥4.5（5分满分）", (">=", 4.5, None, "分", "5分满分", None)),
    ("4.5（满分为5分）", ("=", 4.5, None, "分", "满分为5分", None)),
    ("≥4.5（5分为满分）", (">=", 4.5, None, "分", "5分为满分", None)),
    ("≥4.5（五分制）", (">=", 4.5, None, "分", "五分制", None)),
    ("≥90（满分100）", (">=", 90.0, None, "分", "满分100", None)),
    ("4.5分（满分5分）", ("=", 4.5, None, "分", "满分5分", None)),              # guard (right on main)
    # a change in percentage points: that change, the change's words the qualifier (main: the text)
    ("提高5个百分点", ("=", 5.0, None, "个百分点", "提高", None)),
    ("较上年提高2个百分点", ("=", 2.0, None, "个百分点", "较上年提高", None)),
    ("同比下降1.5个百分点", ("=", 1.5, None, "个百分点", "同比下降", None)),
    # the level a change reaches (main: the text)
    ("提升至98%", ("=", 98.0, None, "%", "提升至", None)),
    ("提高至95%以上", (">=", 95.0, None, "%", "提高至", None)),
    ("降至3%以内", ("<=", 3.0, None, "%", "降至", None)),
    ("较上年提高到95%", ("=", 95.0, None, "%", "较上年提高到", None)),
    ("提高到上年水平", (None, None, None, None, None, "提高到上年水平")),       # guard: no figure, text
    # the figure aimed at beyond the one asked, after a comma, as in brackets (main: `>=` and the text `95%,力争100%`)
    ("≥95%，力争100%", (">=", 95.0, None, "%", "力争100%", None)),
    ("确保95%，力争98%", ("=", 95.0, None, "%", "力争98%", None)),
    ("≥95%（力争100%）", (">=", 95.0, None, "%", "力争100%", None)),         # guard (right on main)
    ("下降不超过3个百分点", ("<=", 3.0, None, "个百分点", "下降", None)),       # guard (right on main)
    ("较上年提高2个百分点以上", (">=", 2.0, None, "个百分点", "较上年提高", None)),  # guard (right on main)
    ("较上年增长10%", ("=", 10.0, None, "%", "较上年增长", None)),  # (hunt s55 tg13: a change and its bare figure, `=`; was text)
    ("提升10%", ("=", 10.0, None, "%", "提升", None)),  # (hunt s55 tg13: a change and its bare figure, `=`; was text)
    # within half a year (main: the text; `半小时内` was read)
    ("半年内", ("<=", 0.5, None, "年", None, None)),
    ("半年内完成", ("<=", 0.5, None, "年", "完成", None)),
    ("半年", (None, None, None, None, None, "半年")),                           # guard: a period of its own, text
    ("上半年内", (None, None, None, None, None, "上半年内")),                   # guard: the first half of the year
]


@pytest.mark.parametrize("raw,want", CASES)
def test_target_spelling(raw, want):
    t = split_target(raw)
    assert (t.op, t.value, t.value_max, t.unit, t.qualifier, t.target_text) == want


def _got(r):
    return [(i["level3"], i["op"], i["value"], i["value_max"], i["unit"], i["qualifier"], i["target_text"])
            for i in r.tables["indicators"]]


def test_training_form_targets(read):
    # a 绩效目标申报表 whose one 指标值 column holds the spellings above (main: 8 of the 12 read no figure or no unit —
    # `力争100%`, `争取95%以上`, `优良（≥90分）`, `合格（60分及以上）`, `实现100%`, `较上年提高2个百分点`, `提升至98%` text;
    # `≥95%，力争100%` `>=` and the text `95%,力争100%`; `≥4.5（5分满分）` no unit)
    r = read("ct_s45_tq4_verb_grade_targets.txt")
    assert len(r.tables["projects"]) == 1
    assert _got(r) == [
        ("培训覆盖率", "=", 100.0, None, "%", "力争", None),
        ("跟踪回访次数", ">=", 3.0, None, "次", None, None),
        ("参训人员结业率", ">=", 95.0, None, "%", "争取", None),
        ("培训质量评估等级", ">=", 90.0, None, "分", "优良", None),
        ("结业考核成绩", ">=", 60.0, None, "分", "合格", None),
        ("资金拨付率", "=", 100.0, None, "%", None, None),
        ("证书发放时限", "<=", 2.0, None, "周", None, None),
        ("参训农户就业率", "=", 2.0, None, "个百分点", "较上年提高", None),
        ("新技术应用率", "=", 98.0, None, "%", "提升至", None),
        ("培训合格率", ">=", 95.0, None, "%", "力争100%", None),
        ("学员评价得分", ">=", 4.5, None, "分", "5分满分", None),
        ("参训农户满意度", ">=", 90.0, None, "%", None, None),
    ]


def test_split_unit_cells_form_targets(read):
    # a 绩效目标表 of 指标性质 | 指标值 | 度量单位 columns, the value's unit in a cell of its own (main: `力争` beside `10 |
    # 万人次` dropped; `力争100 | %`, `优良（≥90） | 分`, `实现100 | %`, `较上年提高2 | 个百分点` text; the rest right)
    r = read("ct_s45_tq4_split_unit_cells.txt")
    assert len(r.tables["projects"]) == 1
    assert _got(r) == [
        ("开展公益培训人次", ">=", 300.0, None, "人次", None, None),
        ("场馆免费开放时间", "=", 9.0, None, "月", None, None),
        ("数字资源访问量", "=", 10.0, None, "万人次", "力争", None),
        ("安全事故发生率", "<=", 3.0, None, "‱", None, None),
        ("活动项目达标率", "=", 100.0, None, "%", "力争", None),
        ("文艺团队评估等级", ">=", 90.0, None, "分", "优良", None),
        ("资金支付进度", "=", 100.0, None, "%", None, None),
        ("群众文化活动参与率", "=", 2.0, None, "个百分点", "较上年提高", None),
        ("群众满意度评分", ">=", 4.5, None, "分", "5分满分", None),
    ]
