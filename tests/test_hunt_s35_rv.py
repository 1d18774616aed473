"""Review of the merged hunts (session of 2026-12-03, third): three regressions the review found against 5bfcc96 —
a filled grade lost to the scale beside it (_grade_scale), a summary's money parts taken for its total
(split_summary_table), a money column's head read as an attribute's value. Inputs in tests/fixtures/review/ct_s35_rv_*."""
from tests.hunt_tools import other_fields


def _unparsed(r):
    return [w["message"] for w in r.tables.get("warnings", []) if w["code"] == "unparsed_row"]


SCALE = "优：90分（含）以上；良：80-89分；中：60-79分；差：60分以下"


def test_grade_with_its_legend_in_brackets(read):
    # `评价等级 | 良（优：90分（含）以上；…）`: the grade filled in, its scale in brackets; the cell was taken for the
    # scale (grade None, 考核等次 the whole cell)
    p = read("ct_s35_rv_grade_with_legend.txt").tables["projects"][0]
    assert p["grade"] == "良" and p["score"] == 88.5
    assert other_fields(p) == {"考核等次": SCALE}


def test_grade_beside_its_legend(read):
    # `评价等级 | 良 | 等级标准 | 优：90分…`: the grade, and the scale kept apart under its own label (it was
    # 考核等次 = `良；等级标准；优：…`, grade None)
    p = read("ct_s35_rv_grade_beside_legend.txt").tables["projects"][0]
    assert p["grade"] == "良"
    assert other_fields(p) == {"等级标准": SCALE}


def test_unfilled_scale_still_a_scale(read):
    # guard: `评价等级 | 优（90分以上）、良（80-90分）、…`, no grade chosen: the scale, grade null
    p = read("bm_r51_grade_legend_unfilled.txt").tables["projects"][0]
    assert p["grade"] is None
    assert other_fields(p)["考核等次"].startswith("优（90分以上）")


def test_summary_money_parts_are_no_total(read):
    # `中央资金（万元） | 地方资金（万元）` beside 项目名称, no 合计: the 中央 part was taken for budget_total and the
    # 地方 part dropped; now no total (none is invented), both parts kept as the first indicator's note
    r = read("ct_s35_rv_sum_two_money.txt")
    ps = r.tables["projects"]
    assert [p["name"] for p in ps] == ["农村公路养护", "校舍维修改造"]
    assert all(p["budget_total"] is None and p["budget_year"] is None for p in ps)
    notes = [i["note"] for i in r.tables["indicators"] if i["note"]]
    assert notes == ["中央资金（万元）：300；地方资金（万元）：200", "地方资金（万元）：150"]


def test_money_column_head_is_no_attribute_value(read):
    # `项目区域 | 投资估算（万元）` over `城关镇东街村 | 120`: two column heads, no label and value (it was other_fields
    # 项目区域 = 投资估算（万元）, the row no longer reported)
    r = read("ct_s35_rv_attr_head_pair.txt")
    assert "项目区域" not in other_fields(r.tables["projects"][0])
    assert _unparsed(r) == ["row without a known label: 项目区域 | 投资估算（万元）"]
