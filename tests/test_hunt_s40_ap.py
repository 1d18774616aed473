"""Hunt ap (session 40): assessment tables — evaluation frameworks (绩效评价指标体系: levels | 分值 | 指标解释 | 评分标准, no
target, no 得分), a part's own number out of its text, a 评分 column of rules and terse rules, and real tables of other
provinces: tests/fixtures/review/ct_s40_ap_*, each reading written down by hand before the run."""
from __future__ import annotations

import pytest

from tests.hunt_tools import warning_codes

B, P, O, V = "base", "penalty", "bonus", "veto"


def _items(r, *keys) -> list[tuple]:
    return [tuple(a[k] for k in keys) for a in r.tables["assessment_items"]]


def _col(r, key) -> list:
    return [a[key] for a in r.tables["assessment_items"]]


# ---------------------------------------------------------------- 1. evaluation frameworks
def test_framework_in_a_text_dump(read):
    """一级指标 | 二级指标 | 三级指标 | 分值 | 指标解释 | 评分标准, the level cells left empty below their first row (a
    dump of merged cells): eleven items, the level 1 their section (with its points as written), the level 2 their
    group, the level 3 their content, 分值 their points, 指标解释 their explanation, 评分标准 their rule; 合计 no item.
    (main: a blank form, `blank_form` warning, no item: no table fitted the head)"""
    r = read("ct_s40_ap_eval_framework.txt")
    assert _items(r, "section", "group", "content", "points") == [
        ("决策", "项目立项", "立项依据充分性", 3.0), ("决策", "项目立项", "立项程序规范性", 3.0),
        ("决策", "绩效目标", "绩效目标合理性", 4.0), ("决策", "资金投入", "预算编制科学性", 5.0),
        ("过程", "资金管理", "资金到位率", 5.0), ("过程", "资金管理", "资金使用合规性", 10.0),
        ("过程", "组织实施", "管理制度健全性", 5.0), ("产出", "产出数量", "新建供水工程数", 20.0),
        ("产出", "产出时效", "完成及时性", 20.0), ("效益", "社会效益", "受益人口覆盖率", 15.0),
        ("效益", "满意度", "受益群众满意度", 10.0)]
    assert sum(_col(r, "points")) == 100
    assert _col(r, "kind") == [B] * 11 and _col(r, "cap") == [None] * 11
    assert _col(r, "explanation")[4] == "实际到位资金与预算资金的比率。资金到位率=（实际到位资金/预算资金）×100%。"
    assert _col(r, "requirement")[1] == "程序规范得3分，每发现一处不规范扣1分，扣完为止。"
    assert _col(r, "requirement")[10] == "满意度≥90%得满分，80%-90%得8分，80%以下不得分。"
    assert all(_col(r, "explanation")) and all(_col(r, "requirement"))
    assert r.tables["warnings"] == [] and r.document["status"] == "ok" and r.tables["indicators"] == []


@pytest.mark.parametrize("name,want", [
    ("ct_s40_ap_framework_merged.docx", [
        ("决策", "项目立项", "立项依据充分性", 4.0), ("决策", "项目立项", "立项程序规范性", 4.0),
        ("决策", "资金投入", "资金分配合理性", 7.0), ("过程", "资金管理", "资金到位率", 6.0),
        ("过程", "资金管理", "资金使用合规性", 8.0), ("产出", "产出数量", "培训人次完成率", 20.0),
        ("效益", "满意度", "参训人员满意度", 15.0)]),
    ("ct_s40_ap_framework_merged.xlsx", [
        ("投入", "预算执行", "预算执行率", 10.0), ("投入", "预算执行", "资金拨付及时性", 10.0),
        ("产出", "产出数量", "救助人次", 30.0), ("产出", "产出质量", "救助对象精准率", 20.0),
        ("效益", "社会效益", "因病致贫返贫发生率", 20.0), ("效益", "满意度", "救助对象满意度", 10.0)]),
])
def test_framework_in_word_and_excel(read, name, want):
    """The same framework in a Word table (分值 | 指标解释 | 评分标准) and a workbook (权重（分） | 指标说明 | 评分细则),
    the level cells merged (main: each a blank form, `blank_form` warning, no item)."""
    r = read(name)
    assert _items(r, "section", "group", "content", "points") == want
    assert all(_col(r, "explanation")) and all(_col(r, "requirement"))
    assert r.tables["warnings"] == [] and r.document["status"] == "ok"


def test_framework_with_a_weight_per_level_is_left_alone(read):
    """`一级指标 | 权重 | 二级指标 | 权重 | 三级指标 | 权重 | 指标解释 | 评分标准`: three points columns. Hunt cw (session
    40) reads them: the third level's weight the item's points, the upper ones in the section's / group's text (7
    items, checked field by field in tests/test_hunt_s40_cw.py); was the blank form."""
    r = read("ct_s40_ap_dept_weights.txt")
    assert len(r.tables["assessment_items"]) == 7 and warning_codes(r) == []


# ---------------------------------------------------------------- 2. a part's own number
def test_part_number_leaves_the_text(read):
    """`1.基层组织建设 | （1）… ` then `| （2）…`: part_no 1 and 2, the `（1）` `（2）` out of the text (main kept them in
    it: `基层组织建设：（1）村“两委”…`); `2.党风廉政建设 | （1）…` alone is part 1 of item 2 (main: no part_no, the
    `（1）` in the text); `4.招商引资 | （4）…` alone is the item's number written again: no part (as before)."""
    r = read("ct_s40_ap_lone_part.txt")
    assert _items(r, "item_no", "part_no", "content") == [
        (1, 1, "基层组织建设：村“两委”班子健全，按期召开组织生活会。"),
        (1, 2, "基层组织建设：发展党员程序规范。"),
        (2, 1, "党风廉政建设：村务公开每季度不少于1次。"),
        (3, None, "村集体经济：村集体经济收入达到10万元以上。"),
        (4, None, "招商引资：（4）全年引进项目不少于1个。")]
    assert _col(r, "points") == [10.0, 5.0, 10.0, 15.0, 10.0]
    assert _col(r, "section") == ["党的建设"] * 3 + ["经济发展"] * 2
    assert r.tables["warnings"] == []


# ---------------------------------------------------------------- 3. a 评分 column of rules
def test_score_head_over_rules_and_terse_rules(read):
    """`评分` over two rules with their conditions and two terse ones (`扣10分`, `不得分`: the condition is the item's
    content), no rule column: the rules (main: a score column, items 3 and 4 scored 0, the two rules named in an
    unplaced_cell warning, the file partial)."""
    r = read("ct_s40_ap_terse_rules_score_head.txt")
    assert _col(r, "requirement") == ["公示牌缺失或信息未更新的，每处扣1分", "每少1次扣2分", "扣10分", "不得分"]
    assert _col(r, "score") == [None] * 4 and _col(r, "points") == [10.0] * 4
    assert _col(r, "responsible") == [["县河长办"], ["县河长办"], ["县水利局"], ["县生态环境分局"]]
    assert r.tables["warnings"] == [] and r.document["status"] == "ok"


# ---------------------------------------------------------------- 4. other provinces' tables
def test_county_rules_with_penalty_and_bonus_sections(read):
    """县直部门 考核细则: `一 | 重点工作（60分）`, `二 | 扣分项（最高扣10分）`, `三 | 加分项（最高加5分）` in the 序号
    column; the 考核项目 written before the content. (Item 4: points 2.0 a time, cap 5 — hunt ax, was -5.0, cap 10.)"""
    r = read("ct_s40_ap_county_penalty_bonus.txt")
    assert _items(r, "section_no", "item_no", "content", "kind", "responsible") == [
        ("一", 1, "项目建设：完成年度固定资产投资任务", B, ["县发改局"]),
        ("一", 2, "营商环境：12345热线工单按时办结率达到95%以上", B, ["县政务服务中心"]),
        ("一", 3, "安全生产：全年未发生较大以上安全生产事故", B, ["县应急管理局"]),
        ("二", 4, "督查问责：被市级以上督查通报批评的", P, ["县委督查室"]),
        ("三", 5, "争先创优：工作获得省级以上表彰", O, ["县委组织部"])]
    assert _col(r, "points")[:3] == [20.0, 20.0, 20.0]
    assert (_col(r, "points")[4], _col(r, "cap")[4]) == (2.5, 5.0)      # 每项加2.5分 under 最高加5分
    assert r.tables["warnings"] == []


def test_town_village_table_of_assessors(read):
    """乡镇 村级目标考核: 考核项目 merged (left empty in the dump) over `1.…` items whose text holds their rule,
    `考核单位` the assessor (no unit of the work: responsible null)."""
    r = read("ct_s40_ap_town_village.txt")
    assert _items(r, "section", "item_no", "points") == [
        ("党建工作", 1, 10.0), ("党建工作", 2, 10.0), ("党建工作", 3, 10.0),
        ("经济发展", 4, 20.0), ("经济发展", 5, 20.0), ("社会治理", 6, 30.0)]
    assert _col(r, "assessor") == [["镇党建办"], ["镇党建办"], ["镇纪委"], ["镇经发办"], ["镇农业站"], ["镇综治中心"]]
    assert _col(r, "responsible") == [None] * 6
    assert _col(r, "content")[3] == "村集体经济收入达到5万元，每少5000元扣2分。"
    assert r.tables["warnings"] == []


def test_self_evaluation_with_scores_and_reasons(read):
    """自评评分表 `分值 | 评分标准 | 得分 | 扣分原因`, a 合计 row whose score total is `95.5` (main: that row an
    `unparsed_row` warning, `95.` taken for an item's number, the file partial)."""
    r = read("ct_s40_ap_self_score_reasons.txt")
    assert _col(r, "score") == [23.0, 24.5, 20.0, 20.0, 9.0]      # (`满分` of a 20: 20; `扣1分` of a 10: 9)
    assert _col(r, "score_note") == ["完成1.8万亩，少2000亩", "抽查发现1处垃圾未清运", None, None, "少报2条"]
    assert _col(r, "points") == [25.0, 25.0, 20.0, 20.0, 10.0]
    assert r.tables["warnings"] == [] and r.document["status"] == "ok"


def test_street_table_with_bonus_veto_and_a_wrapped_rule(read):
    """街道 综合治理 考核细则: full-width figures, a rule cut by a line break (`…扣1` / `分`), `最多加3分` in the 分值
    cell of a 加分项, a 一票否决 item (a guard: main read it so)."""
    r = read("ct_s40_ap_street_veto_wrapped.txt")
    assert _items(r, "item_no", "points", "kind", "cap") == [(1, 20.0, B, None), (2, 20.0, B, None), (3, 1.0, O, 3.0),
                                                            (4, None, V, None)]
    assert _col(r, "requirement")[1] == "联网率未达到100%的，每低5个百分点扣1分"
    assert r.tables["warnings"] == []


def test_department_table_with_self_score_score_and_reason(read):
    """部门整体 考核评分表 `自评分 | 考核得分 | 扣分原因`: `扣1.5分` of a 10 is 8.5, `/` no score (its reason kept) (a
    guard: main read it so)."""
    r = read("ct_s40_ap_unit_self_and_score.txt")
    assert _col(r, "self_score") == [15.0, 15.0, 10.0, 10.0]
    assert _col(r, "score") == [14.0, 15.0, 8.5, None]
    assert _col(r, "score_note") == ["抽检完成98%", None, "超期3件", "未纳入本次考核"]
    assert r.tables["warnings"] == [] and r.document["status"] == "ok"
