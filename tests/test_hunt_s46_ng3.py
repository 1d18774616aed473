"""Hunt NG3 (session 46): assessment task tables (考核任务分解表 and kin) and documents that are no form
(tests/fixtures/review/ct_s46_ng3_*, the Word and Excel ones made by tests/fixtures/make_s46_ng3.py; each read by hand
before the run).

An assessment table's second column of the item's text beside its content (`考核内容 | 目标任务`, `二级指标 | 考核要点`)
is the item's text after its title, as a 考核项目's title is written before its 考核内容; a filled sheet's 完成情况 column
(what was done, that the score was given on) is the item's `score_note`; an outline's `1.1` under section 一 numbers the
item 1; a 加分项 row whose 分值 cell states only its cap (`上限5分`) is a bonus item."""
from __future__ import annotations

import pytest

from tests.hunt_tools import warning_codes


def _items(r) -> list[tuple]:
    return [(a["section"], a["item_no"], a["content"], a["points"], a["requirement"], a["kind"], a["cap"])
            for a in r.tables["assessment_items"]]


@pytest.mark.parametrize("name", ["ct_s46_ng3_target_tasks_done.txt", "ct_s46_ng3_target_tasks_done.xlsx"])
def test_target_task_and_done_columns_are_kept(read, name):
    # main: content `招商引资` only, the 目标任务 cells (`新签约项目3个`) and the 完成情况 cells dropped silently
    r = read(name)
    assert r.document["n_projects"] == 0 and r.document["status"] == "ok"
    got = [(a["item_no"], a["content"], a["points"], a["requirement"], a["score"], a["score_note"])
           for a in r.tables["assessment_items"]]
    assert got == [(1, "招商引资：新签约项目3个", 25.0, "每少1个扣5分", 25.0, "新签约项目3个"),
                   (2, "财税收入：完成税收1200万元", 25.0, "完成得满分，每少1%扣1分", 24.5, "完成税收1180万元"),
                   (3, "信访维稳：无越级上访", 30.0, "发生越级上访每起扣5分", 30.0, "无越级上访"),
                   (4, "安全生产：无较大以上安全事故", 20.0, "发生较大事故不得分", 20.0, "无较大事故")]


@pytest.mark.parametrize("name", ["ct_s46_ng3_levels_points_rules.txt", "ct_s46_ng3_levels_points_rules.docx"])
def test_levels_with_key_points_and_a_capped_bonus_row(read, name):
    # main: 6 items, contents the 二级指标 alone (`预算编制及时性`: the 考核要点 column dropped silently), and the row
    # `加分项 | 绩效管理创新 | 上限5分 | … | 每次加2.5分` an unparsed_row (the file partial)
    r = read(name)
    assert r.document["status"] == "ok" and "unparsed_row" not in warning_codes(r)
    items = _items(r)
    assert len(items) == 7
    assert items[0] == ("预算编制", 1, "预算编制及时性：按时报送部门预算草案", 10.0, "按时报送得满分，每推迟1天扣1分",
                        "base", None)
    assert items[4][2] == "自评覆盖率：项目支出自评覆盖率100%"
    assert items[6] == ("加分项", None, "绩效管理创新：绩效管理工作获上级表扬或推广", 2.5, "每次加2.5分", "bonus", 5.0)


def test_outline_numbers_deadlines_caps_and_veto(read):
    # main: `1.1 政务服务事项…` kept whole in content, item_no null (the 2.x items likewise); caps, the veto and the
    # deadlines were read on main already
    r = read("ct_s46_ng3_deadline_caps_veto.txt")
    got = [(a["section_no"], a["item_no"], a["content"], a["points"], a["kind"], a["cap"], a["deadline"])
           for a in r.tables["assessment_items"]]
    assert got == [("一", 1, "政务服务事项网上可办率达到95%以上", 20.0, "base", None, "2024年12月底前"),
                   ("一", 2, "企业开办时间压缩至1个工作日内", 20.0, "base", None, "2024年6月底前"),
                   ("二", 1, "工业用地供应", 30.0, "base", None, "全年"),
                   ("二", 2, "融资服务", 30.0, "base", None, "全年"),
                   ("三", 1, "被市级以上通报批评的", 2.0, "penalty", 5.0, "全年"),
                   ("四", 1, "工作经验被省级推广的", 1.0, "bonus", 3.0, "全年"),
                   ("五", 1, "发生重大营商环境负面事件，造成恶劣影响的", None, "veto", None, "全年")]
    assert r.tables["assessment_items"][3]["responsible"] == ["区金融办", "区财政局"]


def test_a_decimal_figure_opening_an_item_is_no_outline_number():
    # (the outline rule's guard: `2.5万亩…` under section 二 is a quantity, no item 5 of section 2)
    from normalize.records import normalize_assessment_item
    a = normalize_assessment_item({"section": "二、农业生产", "content": "2.5万亩高标准农田建设", "points": "10"})
    assert (a["item_no"], a["content"]) == (None, "2.5万亩高标准农田建设")
    a = normalize_assessment_item({"section": "二、农业生产", "content": "2.1 高标准农田建设", "points": "10"})
    assert (a["item_no"], a["content"]) == (1, "高标准农田建设")


@pytest.mark.parametrize("name", ["ct_s46_ng3_target_mgmt_level3_targets.txt",
                                  "ct_s46_ng3_target_mgmt_level3_targets.docx"])
def test_a_bodys_target_assessment_by_levels_with_targets_gives_items(read, name):
    # main: 0 items, layout unknown, not_a_form (`一级指标 | 二级指标 | 三级指标 | 目标值 | 分值 | 考核标准` under
    # `某县2024年度乡镇目标管理考核指标表` read as a project's indicators, then no project's: the 考核标准 lost)
    r = read(name)
    d = r.document
    assert (d["status"], d["n_projects"], d["layout"]) == ("ok", 0, "generic:assessment")
    assert "not_a_form" not in warning_codes(r) and r.tables["indicators"] == [] and r.tables["scores"] == []
    got = [(a["section"], a["group"], a["content"], a["points"], a["requirement"], a["kind"])
           for a in r.tables["assessment_items"]]
    assert got == [("经济发展", "招商引资", "新签约项目个数：≥5个", 15.0, "每少1个扣3分", "base"),
                   ("经济发展", "投资", "固定资产投资增速：≥8%", 15.0, "每低1个百分点扣1分", "base"),
                   ("社会事业", "安全生产", "较大安全事故起数：0起", 15.0, "发生较大事故不得分", "base"),
                   ("社会事业", "生态环境", "空气质量优良天数比例：≥85%", 15.0, "每低1个百分点扣1分", "base"),
                   ("党的建设", "基层党建", "党建考核结果：良好以上", 40.0, "按党建考核结果折算", "base")]


@pytest.mark.parametrize("name", ["ct_s46_ng3_target_mgmt_scored.txt", "ct_s46_ng3_target_mgmt_scored.xlsx"])
def test_a_bodys_scored_target_assessment_by_levels_gives_items(read, name):
    # main: 0 items, not_a_form (`一级指标 | 二级指标 | 分值 | 年度目标 | 考核标准 | 完成情况 | 得分` under a 乡镇目标管理考核
    # 评分表 read as a project's scores, `a score sheet of no performance form`: targets, rules and results lost)
    r = read(name)
    assert (r.document["status"], r.document["n_projects"]) == ("ok", 0)
    assert "not_a_form" not in warning_codes(r) and r.tables["scores"] == []
    got = [(a["section"], a["content"], a["points"], a["requirement"], a["score"], a["score_note"])
           for a in r.tables["assessment_items"]]
    assert got == [("经济发展", "招商引资：新签约项目5个", 15.0, "每少1个扣3分", 15.0, "新签约6个"),
                   ("经济发展", "固定资产投资：增长8%", 15.0, "每低1个百分点扣1分", 14.0, "增长7.2%"),
                   ("社会事业", "安全生产：无较大事故", 30.0, "发生较大事故不得分", 30.0, "无")]


def test_a_bodys_target_assessment_of_no_rule_stays_no_form(read):
    # guard (as on main, hunt ng2's reading): `考核指标 | 分值 | 年度目标 | 完成情况 | 得分`, no rule column, under a
    # 股室目标管理考核评分表: no breakdown of rules to read, not_a_form; and the 目标管理 考核细则 by levels with a 责任单位
    # column (ct_s46_ng3_target_mgmt_levels.txt) was read as items on main already
    r = read("ct_s45_ng2_office_target_assessment.txt")
    assert r.tables["assessment_items"] == [] and "not_a_form" in warning_codes(r)
    r = read("ct_s46_ng3_target_mgmt_levels.txt")
    assert [(a["section"], a["content"], a["points"], a["responsible"]) for a in r.tables["assessment_items"]][:2] == [
        ("经济发展", "招商引资", 15.0, ["县商务局"]), ("经济发展", "固定资产投资", 15.0, ["县发改局"])]


NON_FORMS = {
    # guards, each 0 forms by hand and on main already: a 考核结果通报 (单位 | 考核得分 | 考核等次), a 预算批复 letter
    # (项目名称 | 预算金额), a 政府工作报告 (主要指标 | 2025年目标 beside its 指标 sentences), and a 绩效评价报告 whose
    # 主要绩效指标完成情况表 sums up the evaluation in its text (no 项目名称, no form's fields: its project is the
    # report's subject in prose; not_a_form, its rows named, none lost silently)
    "ct_s46_ng3_results_notice.txt": "layout_unknown",
    "ct_s46_ng3_budget_reply.txt": "project_list",   # (its 项目支出预算 list: layout_unknown before hunt fam4)
    "ct_s46_ng3_gov_work_report.txt": "layout_unknown",
    "ct_s46_ng3_eval_report_table.txt": "not_a_form",
}


@pytest.mark.parametrize("name", sorted(NON_FORMS))
def test_documents_of_no_form_give_none(read, name):
    r = read(name)
    d = r.document
    assert d["status"] == "ok" and d["n_projects"] == 0 and d["layout"] == "unknown"
    for t in ("projects", "indicators", "budget_items", "assessment_items", "scores"):
        assert r.tables[t] == []
    assert NON_FORMS[name] in warning_codes(r)
