"""Review rv28 (session 54) of hunt fam10 (要点 findings, radio circles, conclusions-only forms, a dump's row ending in
decimals). Fixtures ct_s54_rv28_* (text dumps, tab-separated cells, from tests/fixtures/review/make_s54_rv28.py); each
reading was written down by hand before jixiao was run.

Decided:
- an empty circle written after a numeral is a zero, no radio button (`二○二三年`, `1○○万元`): a cell `●二○二三年三月`
  (a bullet, a year in characters) is no list of options — it was read as options, `二` ticked;
- a conclusions table's 要点 that is the template's criteria written as nouns, no 是否 (`立项依据的充分性、与部门职能的
  相关性`, `实施方案的完整性、可行性`) is no finding: not kept in other_fields (the question's way; fam10 kept them);
- in a dump, a value cut after its decimals whose rest is its unit (`12.5` / `万平方米 | 含街头游园`) is one cell put
  back (fam10's rule for a decimal row then a word of four made the unit an indicator and an unparsed_row);
- a conclusions-only form titled as an assessment (`…项目支出绩效评估表`, no 事前) says no no_indicators either.
Kept (guards): a true radio choice beside them (`○新增项目  ●延续项目` -> 延续项目); findings in the 要点 kept; a target
form with a review block of conclusions but no indicator table still says no_indicators (the loss said).
Left: a date in Chinese numerals (`立项时间 | 二○二三年三月`, bullet or not) is an unparsed_row, no other field; a
conclusions-only form whose title is no form title (`…项目评估结论表`) is layout_unknown (layout detection).
"""
from __future__ import annotations

from tests.hunt_tools import only_project, other_fields, warning_codes

W = 10000.0


def test_bullet_and_zero_circles_no_options(read):
    """Main (fam10): `立项时间 | ●二○二三年三月` -> `二` (the ● a tick, the ○ of the year a box)."""
    r = read("ct_s54_rv28_bullets_and_zero_circles.txt")
    p = only_project(r)
    assert "立项时间" not in other_fields(p)
    assert p["category"] == "延续项目"
    assert p["period_raw"] == "●二○二五年完成"
    # (a date in Chinese numerals is no other field's value yet, bullet or not: the row as written, as `二○二三年三月`)
    assert len(r.tables["indicators"]) == 4 and warning_codes(r) == ["unparsed_row"]
    assert "立项时间 | ●二○二三年三月" in r.tables["warnings"][0]["message"]


def test_zero_circles_unit():
    """The option readers on zeros written as circles (unit)."""
    from parsers.core import radio_boxes, ticked_options
    from parsers.forms import _box_list_ticked, _box_list_unticked
    assert ticked_options("●二○二五年完成") is None
    assert _box_list_ticked("●二○二三年续建") is None
    assert radio_boxes("二○二四年十月●日") == "二○二四年十月●日"
    assert radio_boxes("1○○万元 ●") == "1○○万元 ●"
    assert _box_list_unticked("二○○○年 二○二○年") is None
    # (guards) radio buttons as before
    assert ticked_options("○一期  ●二期") == ["二期"]
    assert _box_list_ticked("○通过●不通过") == ["不通过"]
    assert _box_list_ticked("●通过 ○ 不通过") == ["通过"]
    assert _box_list_unticked("○通过  ○不通过") == ["通过", "不通过"]


def test_criteria_points_not_findings(read):
    """Main (fam10): each 要点 kept as `立项必要性（评估要点）`, the template's criteria taken for findings."""
    r = read("ct_s54_rv28_criteria_points.txt")
    p = only_project(r)
    assert other_fields(p) == {"立项必要性": "立项必要", "投入经济性": "经济合理", "绩效目标合理性": "基本合理",
                               "实施方案可行性": "可行", "综合评估结论": "予以支持"}
    assert warning_codes(r) == [] and r.document["status"] == "ok"


def test_decimal_value_wrapped_unit(read):
    """Main (fam10): `万平方米 | 含街头游园` an indicator of its own and an unparsed_row."""
    r = read("ct_s54_rv28_decimal_value_wrapped.txt")
    got = [(i["level3"], i["target_raw"]) for i in r.tables["indicators"]]
    assert got[0] == ("新增绿地面积", "12.5万平方米")
    assert len(got) == 5
    assert "unparsed_row" not in warning_codes(r)


def test_conclusions_only_assessment_title(read):
    """Main (fam10): no_indicators (the title names no 事前 nor a review), the document partial."""
    r = read("ct_s54_rv28_conclusions_other_title.txt")
    p = only_project(r)
    assert other_fields(p) == {"立项必要性": "必要", "立项必要性（评估要点）": "项目列入县卫生健康事业发展规划",
                               "投入经济性": "合理", "投入经济性（评估要点）": "设备单价参照省集中采购目录价格",
                               "实施方案可行性": "可行", "综合评估结论": "予以支持"}
    assert warning_codes(r) == [] and r.document["status"] == "ok"


def test_target_form_with_review_block_still_warns(read):
    """(a guard) a 申报表 with an 审核 block of conclusions but its indicator table missing: no_indicators said."""
    r = read("ct_s54_rv28_target_with_review_no_indicators.txt")
    p = only_project(r)
    assert (p["name"], p["budget_total"]) == ("城乡环卫一体化运营", 900 * W)
    assert other_fields(p) == {"目标完整性": "完整", "指标明确性": "基本明确"}
    assert warning_codes(r) == ["no_indicators"]
