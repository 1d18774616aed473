"""Faults hunt AN found (forms of the 2021+ indicator framework and their neighbours: 中期+年度 targets, 绩效目标调整申请表,
乡镇 自评表, workbooks): tests/fixtures/review/ct_s31_an_* (README there), each read as the form says."""
from __future__ import annotations

from pathlib import Path

from jixiao.pipeline import process_file

REVIEW = Path(__file__).parent / "fixtures" / "review"


def _review(name):
    return process_file(REVIEW / name).tables


def test_weight_is_the_points_not_the_share():
    """A 自评表 with `权重 | 分值 | 得分`, 权重 a share in % (40%, 60%, 100%) and 分值 the points (20, 15, 10): the weight
    is the points (the contract's 分值), the share kept in the note (the weights were 40, 60, 100)."""
    t = _review("ct_s31_an_weight_vs_fenzhi.txt")
    assert [(i["level3"], i["weight"], i["score"], i["note"]) for i in t["indicators"]] == [
        ("养护农村公路里程", 20, 20, "权重：40%"), ("路面优良率", 15, 13, "权重：60%"),
        ("沿线群众满意度", 10, 10, "权重：100%")]


def test_weight_is_the_points_beside_the_total_row():
    """The same with a `总分 | … | 100% | 90 | 88.5` row: the share's 100% under 权重 is a figure of the total row (it
    was a word, the row an indicator named 总分 once 权重 was no longer the weight column): the form's score 88.5."""
    t = _review("ct_s31_an_weight_vs_fenzhi_total.txt")
    (p,) = t["projects"]
    assert p["score"] == 88.5
    assert [(i["level3"], i["weight"], i["score"]) for i in t["indicators"]] == [
        ("养护农村公路里程", 50, 50), ("沿线群众满意度", 40, 38.5)]

def test_adjustment_request_budget_after_the_adjustment():
    """`原年度预算（万元） | 5600.00 | 调整后年度预算（万元） | 5200.00`: the year's budget is the adjusted 5200万, the
    original the budget before (budget_initial, as a 调整前 | 调整后 money matrix gives it); no budget line (the
    original was the budget, the adjusted one a funding source under it)."""
    t = _review("ct_s31_an_adjust_budget.txt")
    (p,) = t["projects"]
    assert (p["budget_year"], p["budget_initial"]) == (52_000_000, 56_000_000)
    assert t["budget_items"] == []
    (i,) = t["indicators"]
    assert (i["target_raw"], i["op"], i["value"], i["unit"]) == ("≥30万人", ">=", 30, "万人")


def test_adjustment_request_unchanged_target():
    """An indicator left as it was: 调整后指标值 `不变` or blank beside 原指标值 — the target is the original value (it
    was the word 不变, or none with a target_missing warning)."""
    t = _review("ct_s31_an_adjust_unchanged.txt")
    assert [(i["level3"], i["target_raw"], i["op"], i["value"], i["unit"], i["target_text"]) for i in t["indicators"]] == [
        ("受益学生人数", "≥30万人", ">=", 30, "万人", None),
        ("食品安全事故发生数", "0起", "=", 0, "起", None),
        ("补助资金拨付及时率", "100%", "=", 100, "%", None)]
    assert not [w for w in t["warnings"] if w["code"] == "target_missing"]


def _targets(t):
    return [(i["level3"], i["horizon"], i["target_raw"], i["op"], i["value"], i["unit"]) for i in t["indicators"]]


def test_midterm_and_year_parts_under_the_value_head():
    """`指标值` over `中期（2023-2025年） | 年度（2023年）` (a dump, no span shown): the period's value and the year's, one
    record each, as 中期指标值 | 年度指标值 give them (the parts' row was an indicator named 中期（2023-2025年）, the
    year's value dropped and the period's taken for the target)."""
    t = _review("ct_s31_an_midterm_subheader.txt")
    assert _targets(t) == [("禁捕水域执法巡查次数", "long_term", "≥30000次", ">=", 30000, "次"),
                           ("禁捕水域执法巡查次数", "annual", "≥10000次", ">=", 10000, "次")]
    assert not [w for w in t["warnings"] if w["code"] == "unplaced_cell"]


def test_midterm_and_year_heads_of_their_own():
    """`三级指标 | 中期（2023-2025年） | 年度（2023年）` (the periods' heads the header itself): both targets (they were
    notes, no target read)."""
    t = _review("ct_s31_an_midterm_header.txt")
    assert _targets(t) == [("禁捕水域执法巡查次数", "long_term", "≥30000次", ">=", 30000, "次"),
                           ("禁捕水域执法巡查次数", "annual", "≥10000次", ">=", 10000, "次")]
    assert not t["indicators"][0]["note"]


def test_midterm_money_and_targets_docx():
    """A DOCX with the money matrix `资金情况 | | 中期（2023-2025年） | 年度（2023年）` and 指标值 merged over the same
    two periods: the period's total and the year's budget (the year's was lost, the fiscal money the period's);
    every indicator a record per period (the year's values only, the period's unplaced)."""
    t = _review("ct_s31_an_midterm_subheader_and_money.docx")
    (p,) = t["projects"]
    # (no unit is declared: the figures as yuan)
    assert (p["budget_total"], p["budget_year"], p["budget_fiscal"]) == (36000, 12000, 12000)
    assert _targets(t) == [("禁捕水域执法巡查次数", "long_term", "≥30000次", ">=", 30000, "次"),
                           ("禁捕水域执法巡查次数", "annual", "≥10000次", ">=", 10000, "次"),
                           ("退捕渔民满意度", "long_term", "≥90%", ">=", 90, "%"),
                           ("退捕渔民满意度", "annual", "≥90%", ">=", 90, "%")]
    assert not [w for w in t["warnings"] if w["code"] == "unplaced_cell"]


def test_money_matrix_by_midterm_and_year_heads():
    """`资金情况（万元） | | 中期（2023-2025年） | 年度（2023年）` over `资金总额 | 36000 | 12000`: budget_total the period's,
    budget_year and the fiscal money the year's (budget_year was null, budget_fiscal the period's 36000万)."""
    t = _review("ct_s31_an_money_midterm_heads.txt")
    (p,) = t["projects"]
    assert (p["budget_total"], p["budget_year"], p["budget_fiscal"]) == (360_000_000, 120_000_000, 120_000_000)
    assert t["budget_items"] == []


def test_year_and_unit_on_one_line_wide_apart():
    """`（2023年度）<20 spaces>金额单位：万元` (a centred year and a unit set right in one line: a dump's, a DOCX
    paragraph's): the year 2023 (it was null; ten spaces were read) and the unit."""
    t = _review("ct_s31_an_year_gap_unit.txt")
    (p,) = t["projects"]
    assert (p["year"], p["budget_year"]) == (2023, 1_000_000)
    t = _review("ct_s31_an_year_gap_unit.docx")
    (p,) = t["projects"]
    assert (p["year"], p["budget_total"], p["budget_year"]) == (2023, 360_000_000, 120_000_000)


def test_total_row_one_column_short():
    """`总分 | | | | 100 | 97.7` under `… | 实际完成值 | 分值 | 得分`: the row one column short, the full marks under 实际
    完成值 and the score under 分值 — the form's score is 97.7 (it was lost, silently)."""
    t = _review("ct_s31_an_total_row_shift.txt")
    (p,) = t["projects"]
    assert p["score"] == 97.7
    assert [(i["level3"], i["weight"], i["score"]) for i in t["indicators"]] == [
        ("新建改造供水管网长度", 50, 50), ("受益群众满意度", 50, 47.7)]


def test_name_wrapped_under_a_row_opening_its_levels():
    """`产出指标 | 质量指标 | 养老机构消防安全达标` then `| | | 率 | 100%`: one indicator 养老机构消防安全达标率 = 100% (the
    `率` was an indicator of its own, the name above one with no target)."""
    t = _review("ct_s31_an_wrapped_name.txt")
    assert _targets(t) == [("养老机构消防安全达标率", None, "100%", "=", 100, "%"),
                           ("入住老人满意度", None, "≥90%", ">=", 90, "%")]
    assert t["indicators"][0]["level2"] == "质量指标"
    assert not [w for w in t["warnings"] if w["code"] == "target_missing"]


def test_workbook_cover_titled_as_the_collection_of_forms():
    """A cover sheet `昆明市盘龙区2024年度部门预算项目绩效目标表` over `单位名称：…` / `单位负责人：…`, then a sheet per project
    titled `项目绩效目标表`: the cover is no project (it was one, nameless, with a no_indicators warning), and its year
    is the sheets' (they state none)."""
    t = _review("ct_s31_an_cover_sheet.xlsx")
    assert [(p["name"], p["year"], p["budget_year"]) for p in t["projects"]] == [("基层医疗卫生机构运行补助项目", 2024, 420)]
    assert [w["code"] for w in t["warnings"] if w["code"] in ("not_a_form", "no_indicators")] == ["not_a_form"]


def test_short_name_of_its_own_under_a_row_opening_its_levels():
    """`产出指标 | 数量指标 | 培训班次` (no target) then `| | 人数 | 200人`: 人数 can be a name of its own — two indicators
    (only a piece that can only end a name, 率 / 度 / 意度, joins the name above a row opening its levels)."""
    t = _review("ct_s31_an_short_name_own.txt")
    assert [(i["level3"], i["target_raw"]) for i in t["indicators"]] == [("培训班次", None), ("人数", "200人")]
    assert t["projects"][0]["year"] == 2023            # (the year line with its unit 30 spaces after it)
