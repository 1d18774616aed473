"""Session 38 review DR fixes (fx): each test failed before its fix and passes after."""
from normalize.records import normalize_indicator, normalize_assessment_item

_BASE = {"level1": "产出指标", "level2": "时效指标", "name": "完成时间"}


def test_year_with_unit_from_its_own_column():
    # review item 2: `2024 | 年` (a 计量单位 column) reads as `2024年` in one cell does, not `= 2024` unit None
    r = normalize_indicator(dict(_BASE, target_raw="2024", target_value_raw="2024", unit_raw="年"), 2024)
    one = normalize_indicator(dict(_BASE, target_raw="2024年", target_value_raw="2024", unit_raw="年"), 2024)
    assert (r["op"], r["value"], r["unit"], r["target_text"]) == (one["op"], one["value"], one["unit"],
                                                                 one["target_text"])
    assert r["target_text"] == "2024年"
    r = normalize_indicator(dict(_BASE, target_raw="2030年", target_value_raw="2030", unit_raw="年度"), 2024)
    assert r["target_text"] == "2030年"          # (a unit already written: not glued twice)
