"""The audit check `target_missed_full_score` (session 43 hunt `ck`): a self-evaluation's indicator whose 实际完成值
misses its quantitative target while its 得分 equals its 分值. No check compared the actual with the target before
(main: no such warning at all; every test below fails there, the unit tests on the import of the comparison).

The comparison is tested over many spellings of target and actual (read by normalize.targets.split_target), and two
self-evaluation forms (fixtures tests/fixtures/review/ct_s43_ck_*) whose warnings were written by hand before jixiao
read them.
"""
from __future__ import annotations

from dataclasses import asdict

import pytest

from normalize.targets import split_target


def _misses(target_raw: str, actual_raw: str, name: str = "指标"):
    from jixiao.checks import actual_misses_target
    return actual_misses_target({**asdict(split_target(target_raw)), "target_raw": target_raw, "level3": name},
                                actual_raw)


@pytest.mark.parametrize("target, actual, want", [
    ("≥95%", "96%", False),
    ("≥95%", "0.96", False),          # a fraction: 96% (or 0.96%): not both a miss
    ("≥95%", "0.90", True),           # 90% or 0.9%: a miss either way
    ("≥95%", "94.5%", True),
    ("≥95%", "95%", False),
    (">95%", "95%", True),
    ("≥95%", "９４．５％", True),       # full-width
    ("≤2小时", "1.5小时", False),
    ("≤2小时", "3小时", True),
    ("<2小时", "2小时", True),
    ("=100%", "100%", False),
    ("=100%", "98%", True),
    ("100%", "98%", True),            # a bare 100%: a share to reach
    ("100%", "0.98", True),
    ("≥1.2万人", "12500人", False),    # 1.2 万人 = 12000 人
    ("≥1.2万人", "11000人", True),
    ("≥1.2万人", "1.3万人", False),
    ("≥1.2万人", "1.1", True),         # a bare figure in the target's unit: 1.1 万人
    ("≥50个", "48个", True),
    ("≥50个", "52个", False),
    ("≥50个", "48", True),
    ("2-4小时", "5小时", True),
    ("2-4小时", "3小时", False),
    ("2-4小时", "1小时", True),          # outside the range's lower end
    ("≤5.8万元", "5.6万元", False),     # money in 元 on both sides
    ("≤5.8万元", "61000元", True),
    ("=0起", "1起", True),
    ("0起", "0起", False),
    ("=26次", "12次", True),           # an explicit `=`: a figure to reach
    ("=10个", "12个", False),          # over-achievement is no miss
    ("≤2小时", "90分钟", False),        # a duration in another unit of its kind (review tq2: it was not compared)
    ("≥10天", "8日", True),
])
def test_comparison(target, actual, want):
    assert _misses(target, actual) is want


@pytest.mark.parametrize("target, actual, name", [
    ("≥90分", "良好", "指标"),           # a qualitative actual
    ("良好", "良好", "指标"),             # a text target
    ("较上年增长10%", "增长12%", "指标"),
    ("≥95%", "已完成", "指标"),
    ("≥10年", "≥10年", "指标"),          # an actual restating a target
    ("≥95%", "约94%", "指标"),
    ("≥95%", "2-3%", "指标"),
    ("≤30天", "2个月", "指标"),          # a month has no fixed days (review tq2)
    ("≤3个工作日", "5天", "指标"),       # a working day is no calendar day
    ("≥95", "90%", "指标"),             # a target of no unit beside an actual with one
    ("26次", "12次", "指标"),            # a bare figure: a floor or a ceiling? not written
    ("3%", "0", "预算调整率"),
    ("15天", "12天", "补助资金下达时限"),
    ("100%", "92%", "财政供养人员控制率"),   # a cap's name: 100% a ceiling
    ("约95%", "90%", "指标"),             # `~` is no comparison
    ("≥95%", "", "指标"),
    ("≥95%", None, "指标"),
])
def test_not_comparable(target, actual, name):
    assert _misses(target, actual, name) is None


def _found(r) -> list[tuple]:
    return [(w["line"], w["indicator_seq"], w["message"]) for w in r.tables["warnings"]
            if w["code"] == "target_missed_full_score"]


def test_project_self_eval(read):
    """A central-style 自评表 whose 全年实际值 misses 4 targets at full points: `≥50个` done `48个`, `≥1.2万人` done
    `11000人`, `2-4小时` done `5小时`, `≥95%` done `94.5%`. Not said: `26次` done `12次` (a bare figure: its direction
    unwritten), `≥95%` done `0.96` (a fraction: 96%), `=100%` done `100%`, `≥90分` done `良好`, `≤2小时` done `1.5小时`,
    `100%` done `92%` scored 4 of 5 (points taken off). Main: no warning."""
    r = read("ct_s43_ck_selfeval_missed_full.txt")
    assert _found(r) == [
        (14, 1, "新建文化广场个数: actual '48个' misses the target '≥50个' but scored full points (10 of 10)"),
        (16, 3, "覆盖人口: actual '11000人' misses the target '≥1.2万人' but scored full points (10 of 10)"),
        (21, 8, "维修响应时间: actual '5小时' misses the target '2-4小时' but scored full points (10 of 10)"),
        (23, 10, "群众满意度: actual '94.5%' misses the target '≥95%' but scored full points (10 of 10)"),
    ]
    assert {w["code"] for w in r.tables["warnings"]} == {"target_missed_full_score"}


def test_dept_self_eval_unit_column(read):
    """A 部门整体绩效自评表 (计量单位 column, actuals written bare): `100%` done `72.74%` (政府采购执行率), `≥2000` 人次
    done `1800`, `≥1.5` 万平方米 done `1.45`, `0` 起 done `1`, each at full points. Not said: 财政供养人员控制率 `100%`
    done `92%` (a cap), 预算调整率 `3%` done `0` (a bare figure), 群众满意度 `≥90%` done `0.85` scored 7 of 10.
    Main: no warning."""
    r = read("ct_s43_ck_dept_selfeval_units.txt")
    assert _found(r) == [
        (10, 1, "政府采购执行率: actual '72.74%' misses the target '100%' but scored full points (10 of 10)"),
        (13, 4, "环卫培训人次: actual '1800' misses the target '≥2000人次' but scored full points (20 of 20)"),
        (14, 5, "道路保洁面积: actual '1.45' misses the target '≥1.5万平方米' but scored full points (20 of 20)"),
        (15, 6, "安全生产事故: actual '1' misses the target '0起' but scored full points (10 of 10)"),
    ]


def test_direction_column(read):
    """A 自评表 with a 指标方向 column (正向: the figure a floor, 反向: a ceiling) and bare actuals in its 计量单位:
    正向 `12000` 盏 done `11800` and 反向 `24` 小时 done `30`, each at full points, are said; 反向 `220` 元/盏 done `210`,
    正向 `98` % done `98.6` meet theirs, 正向 `90` % done `88` scored 16 of 20. Main: no warning."""
    r = read("ct_s43_ck_direction_selfeval.txt")
    assert _found(r) == [
        (6, 1, "维护路灯数量: actual '11800' misses the target '12000盏' but scored full points (20 of 20)"),
        (8, 3, "故障修复时限: actual '30' misses the target '24小时' but scored full points (20 of 20)"),
    ]
