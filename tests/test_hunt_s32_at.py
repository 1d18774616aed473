"""Hunt AT (county / township 衔接资金 project libraries, 乡镇 绩效目标表): tests/fixtures/review/ct_s32_at_*, each read
as the form says."""
from __future__ import annotations

from pathlib import Path

from jixiao.pipeline import process_file

REVIEW = Path(__file__).parent / "fixtures" / "review"


def _review(name):
    return process_file(REVIEW / name)


def _inds(t):
    return [(i["level1"], i["level2"], i["level3"], i["target_raw"]) for i in t["indicators"]]


def test_a_total_row_in_the_name_column_of_a_library_is_no_project():
    """`| 合计 | | 120` under a one-indicator-a-row library whose project cells are merged down: it was a project named
    合计 carrying the grand total (money counted twice) and the department of the row above."""
    r = _review("ct_s32_at_library_total_row.xlsx")
    t = r.tables
    assert [(p["name"], p["department"], p["budget_total"], p["goal_annual"]) for p in t["projects"]] == [
        ("甲镇金银花种植项目", "某县农业农村局", 1200000.0, "种植金银花500亩")]
    assert _inds(t) == [("产出指标", "数量指标", "种植面积", "500亩"),
                        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥95%")]
    assert r.document["status"] == "ok"
    assert not [w for w in t["warnings"] if w["code"] == "no_indicators"]


def test_a_subtotal_row_in_the_seq_column_of_a_library_is_no_indicator():
    """`小计 | | | 120` (小计 in the 序号 column, the amount under 资金规模): it was an indicator named 小计 of the
    project above, its target missing."""
    t = _review("ct_s32_at_library_subtotal_row.txt").tables
    assert [(p["name"], p["budget_total"]) for p in t["projects"]] == [("甲镇金银花种植项目", 1200000.0)]
    assert _inds(t) == [("产出指标", "数量指标", "种植面积", "500亩")]
    assert not [w for w in t["warnings"] if w["code"] == "target_missing"]


def test_a_sign_off_line_of_role_name_pairs_and_a_date_is_no_indicator():
    """`镇长：张永胜 | 经办人：李娜 | 2025年3月2日` right under the indicator table: it was an indicator (level 2 and 3 the
    signers, the date its target)."""
    t = _review("ct_s32_at_signoff_row.txt").tables
    assert [p["name"] for p in t["projects"]] == ["甲村苹果园节水灌溉项目"]
    assert _inds(t) == [("产出指标", "数量指标", "铺设管道", "5.2公里"),
                        ("满意度指标", "服务对象满意度指标", "果农满意度", "≥95%")]
