"""Hunt s42 tx: target spellings real forms use that jixiao read wrong — periods and parts of a year, a figure in
10 thousands beside a 计量单位 cell, a frequency or a unit the target cell writes whole beside a shorter 计量单位, a
figure in Chinese numerals beside its unit cell, footnote marks after a target, a year's label before a text target,
tenths (`九成`), a rate's or a period's name before a bare figure (`覆盖率100%`, `全年1次`), what is compared before a
comparing word (`偏差不超过5%`), a count per period written `1年1次`, per a thing `每村1个`, half an hour. Each
expected reading written by hand from the spelling before running jixiao; what main gave is said beside each that
failed (cases without a comment read right on main and guard the spellings the brief listed)."""
from __future__ import annotations

import pytest

from normalize.records import normalize_indicator
from normalize.targets import split_target

# (op, value, value_max, unit, qualifier, target_text)
CASES = [
    # ---- periods and parts of a year: no quantity, text (right on main but the year's label)
    ("全年", (None, None, None, None, None, "全年")),
    ("第一季度", (None, None, None, None, None, "第一季度")),
    ("一季度末前", (None, None, None, None, None, "一季度末前")),
    ("Q3", (None, None, None, None, None, "Q3")),
    ("上半年", (None, None, None, None, None, "上半年")),
    ("2024年10月至2025年6月", (None, None, None, None, None, "2024年10月至2025年6月")),
    ("2024.10-2025.6", (None, None, None, None, None, "2024.10-2025.6")),
    ("10月-12月", (None, None, None, None, None, "10月-12月")),
    ("10-12月", (None, None, None, None, None, "10-12月")),
    # main: text `2024年:全年` — the year's label is the qualifier, as `2024年：≥85%`'s is
    ("2024年：全年", (None, None, None, None, "2024年", "全年")),
    ("2024年度：全年", (None, None, None, None, "2024年度", "全年")),      # main: text `2024年度:全年`
    ("2024年：已完成", (None, None, None, None, "2024年", "已完成")),      # main: text `2024年:已完成`
    ("2024年：≥85%", (">=", 85.0, None, "%", "2024年", None)),
    # ---- Chinese numerals, comparisons, ranges, frequencies, durations (right on main)
    ("不少于三次", (">=", 3.0, None, "次", None, None)),
    ("两个", ("=", 2.0, None, "个", None, None)),
    ("十二个月", ("=", 12.0, None, "个月", None, None)),
    ("不高于5%", ("<=", 5.0, None, "%", None, None)),
    ("控制在5%以内", ("<=", 5.0, None, "%", None, None)),
    ("5%以下", ("<=", 5.0, None, "%", None, None)),
    ("≤5‰", ("<=", 5.0, None, "‰", None, None)),
    ("±5%", ("range", -5.0, 5.0, "%", None, None)),
    ("误差不超过±2%", ("range", -2.0, 2.0, "%", "误差不超过", None)),
    ("90%-95%", ("range", 90.0, 95.0, "%", None, None)),
    ("90~95%", ("range", 90.0, 95.0, "%", None, None)),
    ("90%至95%", ("range", 90.0, 95.0, "%", None, None)),
    ("100%以上", (">=", 100.0, None, "%", None, None)),
    ("≥1次/年", (">=", 1.0, None, "次/年", None, None)),
    ("每月1次", ("=", 1.0, None, "次/月", None, None)),
    ("24小时内", ("<=", 24.0, None, "小时", None, None)),
    ("3个工作日", ("=", 3.0, None, "个工作日", None, None)),
    ("≥９０％", (">=", 90.0, None, "%", None, None)),
    (">=90.00%", (">=", 90.0, None, "%", None, None)),
    # a change and its bare figure is no comparison (the contract's `较上年增长`): text, as main reads it
    ("提高5个百分点", (None, None, None, None, None, "提高5个百分点")),
    ("较上年增长10%", (None, None, None, None, None, "较上年增长10%")),
    ("同比下降", (None, None, None, None, None, "同比下降")),
    ("合格", (None, None, None, None, None, "合格")),
    ("有效提升", (None, None, None, None, None, "有效提升")),
    # ---- footnote marks after a target: the quantity, the mark its qualifier (main: `>=` and the text `95%①`, the
    # figure lost; `95%*`, `100%²` all text)
    ("≥95%①", (">=", 95.0, None, "%", "①", None)),
    ("≥95%注①", (">=", 95.0, None, "%", "注①", None)),
    ("≥95%注1", (">=", 95.0, None, "%", "注1", None)),
    ("95%*", ("=", 95.0, None, "%", "*", None)),
    ("≥95%※", (">=", 95.0, None, "%", "※", None)),
    ("≥95%[1]", (">=", 95.0, None, "%", "[1]", None)),
    ("100%²", ("=", 100.0, None, "%", "²", None)),
    ("≥1200人次¹", (">=", 1200.0, None, "人次", "¹", None)),
    ("≥95%（注1）", (">=", 95.0, None, "%", "注1", None)),
    # ---- tenths: `九成` is 90% (main: `>=` and the text `九成`; `九成以上` all text)
    ("≥九成", (">=", 90.0, None, "%", None, None)),
    ("九成以上", (">=", 90.0, None, "%", None, None)),
    ("≥8成", (">=", 80.0, None, "%", None, None)),
    # ---- a period's word before a bare figure, a rate's name as a label: the word the qualifier (main: text; a name
    # run into its figure, `完成率100%`, stays text as tests/test_normalize_targets.py asks)
    ("覆盖率：100%", ("=", 100.0, None, "%", "覆盖率", None)),
    ("人均1500元", ("=", 1500.0, None, "元", "人均", None)),
    ("满意度：95%以上", (">=", 95.0, None, "%", "满意度", None)),
    ("全年1次", ("=", 1.0, None, "次", "全年", None)),
    ("年均2次", ("=", 2.0, None, "次", "年均", None)),
    # ---- what is compared before a comparing word (main: text; `误差≤2%` already read so)
    ("偏差不超过5%", ("<=", 5.0, None, "%", "偏差", None)),
    ("故障率低于1%", ("<", 1.0, None, "%", "故障率", None)),
    ("受益人数不少于500人", (">=", 500.0, None, "人", "受益人数", None)),
    ("不低于95%", (">=", 95.0, None, "%", None, None)),
    ("大于等于90%", (">=", 90.0, None, "%", None, None)),
    # ---- a count per period written period first with its number, per a thing, half an hour (main: text)
    ("1年1次", ("=", 1.0, None, "次/年", None, None)),
    ("一年一次", ("=", 1.0, None, "次/年", None, None)),
    ("2年1次", ("=", 1.0, None, "次/2年", None, None)),
    ("每村1个", ("=", 1.0, None, "个/村", None, None)),
    ("每个村不少于1名", (">=", 1.0, None, "名/村", None, None)),
    ("半小时内", ("<=", 0.5, None, "小时", None, None)),
]


@pytest.mark.parametrize("raw, expected", CASES, ids=[c[0] for c in CASES])
def test_split_target_spellings(raw, expected):
    t = split_target(raw)
    assert (t.op, t.value, t.value_max, t.unit, t.qualifier, t.target_text) == expected


# (name, target cell as the table reader joins it, the value cell, the 计量单位 cell) -> (op, value, value_max, unit,
# qualifier, target_text)
UNIT_CELL_CASES = [
    # `1万` beside `人`: 1 万人 (the contract keeps 万 in a unit that is no money, as `1万人次` reads; right on main)
    ("培训高素质农民", "1万人", "1万", "人", ("=", 1.0, None, "万人", None, None)),
    # main: 1 人 — the value cell's own `万人` cut to the unit cell's `人`
    ("辐射带动农户", "1万人", "1万人", "人", ("=", 1.0, None, "万人", None, None)),
    # main: unit `次` — the frequency's `/月` lost to the unit cell
    ("田间巡回指导", "每月1次", "每月1次", "次", ("=", 1.0, None, "次/月", None, None)),
    ("入户走访", "≥500人次", "≥500人次", "次", (">=", 500.0, None, "人次", None, None)),    # main: `次`
    ("建设周期", "≤3个月", "≤3个月", "月", ("<=", 3.0, None, "个月", None, None)),          # main: `月`
    # the cell's unit is the shorter one: the unit cell's longer unit stands (right on main)
    ("例会次数", "≥5次/周", "≥5次", "次/周", (">=", 5.0, None, "次/周", None, None)),
    ("覆盖率", "≥95%", "≥95%", "%", (">=", 95.0, None, "%", None, None)),
    ("资金", "50万元", "50万元", "元", ("=", 500000.0, None, "元", None, None)),
    ("办理时限", "3个工作日", "3个工作日", "天", ("=", 3.0, None, "个工作日", None, None)),
    # main: `>=` and the text `三` — a figure in Chinese numerals beside its unit cell, read with it
    ("开展专题培训", "≥三", "≥三", "次", (">=", 3.0, None, "次", None, None)),
    ("新建示范基地", "两", "两", "个", ("=", 2.0, None, "个", None, None)),
    # main: a range 10-12 月 — October to December under a time's name, as `10-12月` in one cell, text
    ("集中培训时间", "10-12月", "10-12", "月", (None, None, None, None, None, "10-12月")),
    ("资金拨付时间", "12月", "12", "月", (None, None, None, None, None, "12月")),               # main: `=` 12 月
    # a duration's name keeps its months (`≤` `12` `月` is twelve months; right on main)
    ("项目建设期限", "≤12月", "≤12", "月", ("<=", 12.0, None, "月", None, None)),
]


@pytest.mark.parametrize("name, target, value, unit, expected", UNIT_CELL_CASES, ids=[c[0] for c in UNIT_CELL_CASES])
def test_unit_cell_spellings(name, target, value, unit, expected):
    r = normalize_indicator({"level2": "时效指标" if "时间" in name or "期限" in name else "数量指标", "level3": name,
                             "target_raw": target, "target_value_raw": value, "unit_raw": unit}, 2024)
    assert (r["op"], r["value"], r["value_max"], r["unit"], r["qualifier"], r["target_text"]) == expected
