"""Review rv107 (session 63) of hunt sc6.

- a narrated deed's time is kept whole as written, only its 已于 cut: `实际于2024-09-30完成`: 2024-09-30 (sc6 cut it to
  `2024-09`), `实际于年底前完成`: 年底前 (sc6: the manner `于年底前完成`), `实际已于10月份完工`: 10月份 (sc6: `10月`); a
  manner stays whole (`实际提前1个月完成`, `实际在规定时间内完成`);
- one pre-printed slot (forms._SLOT and core._SLOTS_ONLY were twins): core.is_slot, a slot with no colon or a 、 and
  one read with a look-alike (`指栎1`, `目标1、目标2、`) a slot and a placeholder.

Fixtures ct_s63_rv107_* from make_s63_rv107.py. Expected readings written by hand before jixiao was run."""
from __future__ import annotations

from tests.hunt_tools import warning_codes


def _rows(r) -> list[tuple]:
    return [(i["level2"], i["level3"], i["target_raw"], i["actual_raw"], i["score"]) for i in r.tables["indicators"]]


def _actual(sentence: str) -> str | None:
    from parsers.core import fold
    from parsers.forms import _NARRATED_INDICATOR, _narrated_actual
    m = _NARRATED_INDICATOR.match(fold(sentence))
    assert m is not None
    return _narrated_actual(m)


# ------------------------------------------------------------------ a narrated deed's time, whole

def test_report_times_whole(read):
    """main: `2024-09`, `于年底前完成`, `10月`."""
    r = read("ct_s63_rv107_report_times.txt")
    assert _rows(r) == [
        ("数量指标", "更换LED路灯数量", "800盏", "820盏", 20),
        ("时效指标", "完工时间", "2024年10月31日前", "2024-09-30", 10),
        ("时效指标", "验收时间", "2024年12月底前", "年底前", 10),
        ("时效指标", "亮灯时间", "2024年11月底前", "10月份", 10),
        ("满意度指标", "沿线居民满意度", "≥90%", "95%", 10),
    ]


def test_narrated_time_rule():
    """main: `2024/9`, `2024年9月30日`, `于上半年完成`, `2024-09` (the rest as on main)."""
    said = {
        "实际于2024/9/30完成": "2024/9/30", "实际于2024年9月30日前完成": "2024年9月30日前",
        "实际于上半年完成": "上半年", "实际已于2024-09完工": "2024-09",
        # (as on main)
        "实际已于2024年9月完工": "2024年9月", "实际于2024年第三季度完成": "2024年第三季度", "实际于9月底前完成": "9月底前",
        "实际提前1个月完成": "提前1个月完成", "实际提前一个月完成": "提前一个月完成",
        "实际在规定时间内完成": "在规定时间内完成", "实际基本完成": "基本完成", "实际完成95%": "95%",
    }
    assert {k: _actual(f"2.时效指标：完工时间2024年10月底前，{k}，得分10分。") for k in said} == said


# ------------------------------------------------------------------ one pre-printed slot

def test_blank_slots_without_colon(read):
    """main: `目标1、目标2、目标3、` a goal, `指栎1` indicators of a filled form (a slot asked a colon in core, no
    look-alike in forms)."""
    r = read("ct_s63_rv107_blank_slots.txt")
    assert r.tables["projects"] == [] and r.tables["indicators"] == []
    assert "blank_form" in warning_codes(r)


def test_slot_rule():
    """main: False for the first three as a placeholder (core asked a colon), `指栎1` no slot in forms."""
    from parsers.core import is_placeholder
    from parsers.forms import _slot_cell
    assert [is_placeholder(x) for x in ("指标1", "目标1、目标2、", "指栎1.", "指标1：", "目栎1：目栎2：")] == [True] * 5
    assert [_slot_cell(x) for x in ("指栎1", "指标 1 ：", "指标1：")] == [2] * 3
    # (no slot: a slot's word with a value, three digits, a level's name)
    assert [is_placeholder(x) for x in ("指标1：亮灯率", "指标123", "目标值", "产出指标")] == [False] * 4
