"""Tidy tw1 (session 61): twins merged across parsers/ with outputs unchanged on every fixture; where a merge changes
what a caller sees in an edge case, a test here, on fixtures ct_s61_tw1_* (text dumps, tab-separated cells, from
tests/fixtures/review/make_s61_tw1.py); each reading was written down by hand before jixiao was run.
"""
from __future__ import annotations

from tests.hunt_tools import only_project, other_fields, warning_codes


def _targets(r):
    return [(i["level3"], i["target_raw"], i["note"]) for i in r.tables["indicators"]]


def test_adjusted_target_left_as_it_was_in_other_words(read):
    """`100% | 未作调整` and `2024年11月底前 | 与原一致` under 原指标值 / 调整后指标值: the target in force the one
    before, as `不变` gave it (one list of no-change words, labels.NO_CHANGE_WORDS; main: the target `未作调整`, a
    text, and a 时效指标 without a deadline warned)."""
    r = read("ct_s61_tw1_adjust_target_kept.txt")
    assert _targets(r) == [
        ("改造公厕数量", "≥36座", "调整前指标值：≥40座"),
        ("改造验收合格率", "100%", None),
        ("完工时间", "2024年11月底前", None),
        ("周边居民满意度", "≥90%", None),
    ]
    assert "timeliness_without_deadline" not in warning_codes(r)


def test_adjusted_goal_kept_as_the_original_value(read):
    """`调整前：新增…乡镇。调整后：维持原值` in the goal's cell: the goal in force the one before, the words kept
    (main: the goal `维持原值`, the real one in 调整前年度目标)."""
    p = only_project(read("ct_s61_tw1_adjust_goal_kept.txt"))
    assert p["goal_annual"] == "新增垃圾收运车辆12台，覆盖全县18个乡镇。"
    assert other_fields(p) == {"调整后年度目标": "维持原值"}


def test_grade_scale_of_the_forms_grade_words_is_a_choice(read):
    """`◎优良  ●中等  ◎较差` beside `绩效目标设置质量`: a grade scale, the filled one chosen, `中等` (the scale's words built
    from normalize.targets.GRADE_WORDS; main: its own copy lacked 优良 and 中等, the cell kept as written); `◎优  ●良  ◎中`
    as before, rings alone no choice."""
    p = only_project(read("ct_s61_tw1_scale_chosen.txt"))
    assert other_fields(p) == {"绩效目标设置质量": "中等", "预算编制科学性": "良", "专家组意见": "◎通过 ◎不通过"}
