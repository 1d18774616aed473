"""Hunt AS2 (session 47): assessment tables (考核细则, 综合考核评分标准) told by their heads, not their title's
目标管理, and an item's several text columns (tests/fixtures/review/ct_s47_as2_*, the Word and Excel ones made by
tests/fixtures/make_s47_as2.py; each read by hand before the run).

A table of levels, 分值 and a rule headed 考核标准 / 考核办法, its level-1 cells no project's evaluation level
(`经济发展`, `依法行政`: no 产出 / 效益 / 满意度 / 决策 / 过程), is a body's work assessed whatever its title (hunt ng3 read
it so only under a title of 目标管理 / 目标责任): its rows are assessment items, its targets the items' text, its 完成情况
and 得分 their score_note and score. Two columns of the item's text or more beside its content (`考核内容 | 目标任务 |
工作措施`) are all written after the content's title, apart by `；`."""
from __future__ import annotations

import pytest

from tests.hunt_tools import warning_codes


@pytest.mark.parametrize("name", ["ct_s47_as2_township_levels_targets.txt", "ct_s47_as2_township_levels_targets.docx"])
def test_levels_targets_and_rules_under_a_title_of_no_target_management(read, name):
    # main: 0 items, layout unknown, not_a_form (`一级指标 | 二级指标 | 三级指标 | 目标值 | 分值 | 考核标准` under
    # `某县2024年度乡镇工作考核细则` read as a project's indicators, then `a table of targets under a title of no
    # performance form`: the targets, points and rules lost)
    r = read(name)
    d = r.document
    assert (d["status"], d["n_projects"]) == ("ok", 0) and d["layout"] != "unknown"
    assert "not_a_form" not in warning_codes(r) and r.tables["indicators"] == [] and r.tables["scores"] == []
    got = [(a["section"], a["group"], a["content"], a["points"], a["requirement"], a["kind"])
           for a in r.tables["assessment_items"]]
    assert got == [("经济发展", "招商引资", "新签约项目个数：≥5个", 20.0, "每少1个扣4分", "base"),
                   ("经济发展", "投资", "固定资产投资增速：≥8%", 20.0, "每低1个百分点扣2分", "base"),
                   ("社会治理", "信访维稳", "越级上访起数：0起", 30.0, "发生1起扣5分", "base"),
                   ("党的建设", "基层党建", "党建考核结果：良好以上", 30.0, "按党建考核结果折算", "base")]


@pytest.mark.parametrize("name", ["ct_s47_as2_bureau_scored_standard.txt", "ct_s47_as2_bureau_scored_standard.xlsx"])
def test_a_bureaus_scored_standard_by_levels_gives_items(read, name):
    # main: 0 items, not_a_form (`一级指标 | 二级指标 | 分值 | 年度目标 | 考核标准 | 完成情况 | 得分` under `某县市场监督
    # 管理局2024年度综合考核评分标准` read as a project's scores, `a score sheet of no performance form`: the targets,
    # rules, results and scores lost)
    r = read(name)
    assert (r.document["status"], r.document["n_projects"]) == ("ok", 0)
    assert "not_a_form" not in warning_codes(r) and r.tables["scores"] == []
    got = [(a["section"], a["content"], a["points"], a["requirement"], a["score"], a["score_note"])
           for a in r.tables["assessment_items"]]
    assert got == [("依法行政", "行政执法：执法案卷合格率100%", 15.0, "每发现1卷不合格扣2分", 15.0, "合格率100%"),
                   ("依法行政", "普法宣传：开展普法活动4次", 15.0, "每少1次扣3分", 12.0, "开展3次"),
                   ("市场监管", "食品安全：抽检合格率98%以上", 40.0, "每低1个百分点扣5分", 40.0, "合格率98.5%"),
                   ("市场监管", "特种设备：定期检验率100%", 30.0, "未达标不得分", 30.0, "检验率100%")]


@pytest.mark.parametrize("name", ["ct_s47_as2_two_item_text_columns.txt", "ct_s47_as2_two_item_text_columns.docx"])
def test_two_columns_of_the_items_text_are_both_kept(read, name):
    # main: content `招商引资` alone, the 目标任务 and 工作措施 cells both dropped silently (one such column was joined,
    # two were none)
    r = read(name)
    assert r.document["status"] == "ok" and "unplaced_cell" not in warning_codes(r)
    got = [(a["item_no"], a["content"], a["points"], a["requirement"]) for a in r.tables["assessment_items"]]
    assert got == [(1, "招商引资：新签约项目3个；开展驻点招商4次以上", 25.0, "每少1个扣5分"),
                   (2, "财税收入：完成税收1200万元；按月调度入库进度", 25.0, "完成得满分，每少1%扣1分"),
                   (3, "信访维稳：无越级上访；矛盾纠纷排查每月1次", 30.0, "发生越级上访每起扣5分"),
                   (4, "安全生产：无较大以上安全事故；隐患整改率100%", 20.0, "发生较大事故不得分")]


def test_a_projects_framework_with_a_kaohe_rule_stays_its_scores(read):
    # guard (as on main): `一级指标 | 二级指标 | 三级指标 | 分值 | 考核标准 | 得分` whose levels are a project's (决策 / 过程
    # / 产出 / 效益 / 满意度): the project's scores, no assessment items
    r = read("ct_s47_as2_project_framework_kaohe.txt")
    assert r.document["n_projects"] == 1 and r.tables["assessment_items"] == []
    assert [(s["level1"], s["weight"], s["score"]) for s in r.tables["scores"]][:2] == [("决策", 5.0, 5.0),
                                                                                        ("过程", 10.0, 9.0)]


def test_a_work_requirement_column_is_the_items_text(read):
    # main: content `垃圾分类` alone, the 工作要求 cells (`居民小区分类投放点覆盖率100%`) dropped silently (a head of no
    # role; so were 工作目标 / 任务目标 / 主要内容 / 具体要求): the work the item asks, its rule the 考核标准 column's
    r = read("ct_s47_as2_work_requirement_column.txt")
    got = [(a["item_no"], a["content"], a["points"], a["requirement"], a["responsible"])
           for a in r.tables["assessment_items"]]
    assert got == [(1, "垃圾分类：居民小区分类投放点覆盖率100%", 20.0, "每发现1个小区未覆盖扣2分", ["城管办"]),
                   (2, "网格化管理：网格员每日巡查并上报事件", 20.0, "未按要求巡查每次扣1分", ["综治中心"]),
                   (3, "文明创建：创建市级文明社区1个", 10.0, "未创建不得分", ["党政办"])]
