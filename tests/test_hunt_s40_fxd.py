"""Review fixes fxd (session 40): findings 1, 2 and 4 of the second diff review (dr2) of session 40's code.
Each fixture's reading was written down by hand before jixiao ran on it; `main` is merged main at this fix's start
(399b3642)."""
from __future__ import annotations

import pytest

from normalize.records import normalize_assessment_item
from normalize.targets import split_by_year
from parsers.tables import _same_number
from tests.hunt_tools import only_project, warning_codes


# ------------------------------------------------------------------ finding 1: an odd 序号 never stops the reading
@pytest.mark.parametrize("seq, item_no", [("①", 1), ("⑫", 12), ("²", 4), ("一", 1), ("５", 5), ("05", 5), ("a", 4)])
def test_odd_seq_does_not_crash(seq, item_no):
    # main: ValueError (invalid literal for int()) for `①`, `²`, `一`, `a`: int() of a 序号 str.isdigit() lets through,
    # or of any 序号 at all; now a circled / Chinese numeral is its number, anything else no number (the item's own
    # `（4）` then numbers it)
    got = normalize_assessment_item({"seq": seq, "content": "（4）信访积案化解", "points": "5"})
    assert got["item_no"] == item_no
    assert got["points"] == 5.0


def test_seq_number_kept_and_part_number_kept_as_text():
    # `5 | （4）信访积案化解`: item 5, its text as written (no number of item 5's); unchanged
    got = normalize_assessment_item({"seq": "5", "content": "（4）信访积案化解", "points": "5"})
    assert (got["item_no"], got["content"]) == (5, "（4）信访积案化解")
    got = normalize_assessment_item({"seq": "①", "content": "（4）信访积案化解", "points": "5"})
    assert (got["item_no"], got["content"]) == (1, "（4）信访积案化解")


def test_same_number_decimals_only():
    # main: `፩` (an Ethiopic digit, str.isdigit() but no decimal) raised ValueError in int()
    assert _same_number("፩", "1") is False
    assert _same_number("４", "04") is True
    assert _same_number("①", "1") is True        # (folded: NFKC makes ① a 1)
    assert _same_number(None, "1") is False


# ------------------------------------------------------------------ finding 2: `满分，<rule>` is a rule
def test_rule_column_with_full_marks_rules(read):
    r = read("ct_s40_fxd_rule_column.txt")
    items = [(a["item_no"], a["content"], a["points"], a["requirement"], a["score"], a["score_note"])
             for a in r.tables["assessment_items"]]
    # main: the 评分 column read as scores given: items 1 and 3 score 10 with the rule as score_note, the rules of
    # items 2 and 4 dropped (`unplaced_cell`: cells of no score)
    assert items == [
        (1, "河湖长名单公示牌设置", 10.0, "满分，每少1块扣1分", None, None),
        (2, "河湖巡查记录", 10.0, "完成得满分，每少1次扣0.5分", None, None),
        (3, "“一河一策”方案编制", 10.0, "满分，未按时完成不得分", None, None),
        (4, "河湖“清四乱”整治", 20.0, "完成得满分，每少1处扣2分", None, None)]
    assert "unplaced_cell" not in warning_codes(r)


def test_full_marks_column_still_scores(read):
    # ax's fixture: a filled 评分 column of `满分` and reason-first deductions stays scores
    r = read("ct_s40_ax_score_words.txt")
    got = [(a["item_no"], a["requirement"], a["score"]) for a in r.tables["assessment_items"]]
    assert got == [(1, None, 15.0), (2, None, 12.0), (3, None, 10.0), (4, None, 8.0)]


# ------------------------------------------------------------------ finding 4: `6月份前` is a month deadline
@pytest.mark.parametrize("raw, text, note", [
    ("2024年：12月底前；2025年：6月份前", "2025年6月份前", "2024年12月底前"),
    ("2024年：6月份前；2025年：12月底前", "2025年12月底前", "2024年6月份前"),
    ("2024年：12月底前；2025年：6月底前", "2025年6月底前", "2024年12月底前")])
def test_split_by_year_month_deadlines(raw, text, note):
    # main: None for the first two (`6月份前` no deadline to _MONTH_DEADLINE: its `月` eaten before DEADLINE_TAIL)
    # (the text with its year since hunt s41 tg: `2025年6月份前`, it was `6月份前`; the other year's date in the
    # note written whole too, `2024年12月底前`, it was `2024年：12月底前`)
    got = split_by_year(raw, 2025)
    assert got is not None
    target, rest = got
    assert (target.op, target.value, target.target_text, target.qualifier, rest) == (None, None, text, "2025年", note)


def test_month_deadline_per_year_in_form(read):
    r = read("ct_s40_fxd_month_deadline.txt")
    p = only_project(r)
    # (budget_year is the year's funds, 年度资金总额 860万元)
    assert (p["name"], p["department"], p["budget_year"]) == ("农村公路危桥改造", "桐梓县交通运输局", 8600000.0)
    got = {i["level3"]: (i["op"], i["value"], i["unit"], i["qualifier"], i["target_text"], i["note"], i["target_year"])
           for i in r.tables["indicators"]}
    assert got["改造危桥座数"] == (">=", 8.0, "座", "2025年", None, "2024年：≥6座", 2025)
    # main: (None, None, None, None, '2024年:12月底前;2025年:6月份前', None, None): the cell not split by year
    assert got["项目完工时间"] == (None, None, None, "2025年", "2025年6月份前", "2024年12月底前", 2025)
    assert got["沿线群众满意度"] == (">=", 90.0, "%", None, None, None, None)


# ------------------------------------------------------------------ finding 3 (left as it is): a year line of no target
def test_year_remark_line_kept_in_its_cell(read):
    # review dr2 finding 3a would not join `2025年：项目完成后…` (no target) to the cell above; tried here, the line was
    # then either dropped as a remark without a warning or read as an indicator of that name (`target_missing`). Kept as
    # main reads it: the line joins its cell, the cell free text (target_raw holds both years), no indicator made of it
    r = read("ct_s40_fxd_year_remark.txt")
    got = {i["level3"]: (i["op"], i["value"], i["unit"], i["qualifier"], i["note"], i["target_raw"])
           for i in r.tables["indicators"]}
    assert list(got) == ["培训农民人数", "培训完成时间", "参训农民技能提升率", "参训农民满意度"]
    assert got["培训农民人数"] == (">=", 5000.0, "人", "2024年", "2025年：≥5200人", "2024年：≥5000人；2025年：≥5200人")
    assert got["培训完成时间"][5] == "2024年：11月底前；2025年：项目完成后组织验收并报送总结材料"
    assert "target_missing" not in warning_codes(r)


# ------------------------------------------------------------------ finding 6: a level-2 weight under its own section
def test_level2_weight_keyed_by_its_section(read):
    r = read("ct_s40_fxd_weights_same_name.xlsx")    # written by hand from tests/fixtures/make_s40_fxd.py's rows
    got = [((a["section"], a["section_points"]), a["group"], a["content"], a["points"])
           for a in r.tables["assessment_items"]]
    # main: `制度建设（权重5）` under 财务管理 too (the weight keyed by the name alone, the last row's)
    assert got == [
        (("投入", 20), "预算编制（权重10）", "预算编制完整性", 5.0),
        (("投入", 20), "预算编制（权重10）", "预算编制准确性", 5.0),
        (("投入", 20), "目标设定（权重10）", "绩效目标合理性", 10.0),
        (("财务管理", 20), "制度建设（权重8）", "财务管理制度健全性", 8.0),
        (("财务管理", 20), "资金使用（权重12）", "资金使用合规性", 12.0),
        (("资产管理", 15), "制度建设（权重5）", "资产管理制度健全性", 5.0),
        (("资产管理", 15), "资产使用（权重10）", "固定资产利用率", 10.0),
        (("产出", 25), "职责履行（权重25）", "重点工作完成率", 25.0),
        (("效果", 20), "满意度（权重20）", "服务对象满意度", 20.0)]
    assert r.tables["assessment_items"][3]["requirement"] == "制度健全得8分，每缺一项制度扣2分。"
    assert r.tables["warnings"] == []
