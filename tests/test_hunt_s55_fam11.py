"""Hunt fam11 (session 55): form families. Fixtures ct_s55_fam11_* (text dumps, tab-separated cells, from
tests/fixtures/review/make_s55_fam11.py); each reading was written down by hand before jixiao was run.

Decided:
- radio buttons of two marks and no empty circle: a ring (`◎`) beside a circle with a dot or a fill (`◉`, `●`, `⊙`,
  `⬤`) is the option left, the other the one chosen (`◎通过  ◉不通过` -> 不通过; it was kept as written, hunt fam10's
  leftover); rings alone (`◎通过  ◎不通过`) stay as written (which one is chosen is unknown);
- a conclusion of an 事前评估表's `评估内容 | 评估结论` table ticked among its options (`立项必要性结论 | ◉必要  ◎不必要`)
  is a row of the table, its conclusion the option ticked (it ended the table: a form of such rows only said
  no_indicators);
- 评审表 vs 审核意见表: the word (评审 / 审核 / 审查) does not tell them apart. A review of a project's targets by
  experts or the finance bureau — `…绩效目标评审表`, `…审核意见表`, `…评审意见表`, `…审查表` — is a review, no form
  of the project (the contract's not_a_form, as fam9 read the 审核意见表; a `…绩效目标评审表` of conclusions was read
  as the project's target form, a `2025年度项目绩效目标审核意见表` — no 项目支出 in its title — was layout_unknown); a
  `…目标评审表` / `…目标审核表` carrying the project's indicators stays the target form the reviewers signed. An
  assessment of a new project — 事前绩效评估表, `…项目评估结论表` — is the project's record: read as its form, its
  conclusions in other_fields, no no_indicators (the 评估结论表 was layout_unknown);
- a 评分表's `评价要点` (`评估要点`, `指标解释`) and `评分标准` (`评分办法`, `评分细则` …) columns right of the levels
  are kept as written in two new ext columns of scores, `explanation` and `requirement` (they were dropped without
  a word; schema 14);
- a 部门整体 form's `年度部门预算（万元） | 预算总额 | 财政拨款 | 其他资金` over its figures right under the `年度主要任务 |
  任务名称 | 主要内容 | 预算金额` table (whose block label is merged down over the tasks) is the next block, the
  budget: 预算总额 / 财政拨款 / 其他资金 read (they were two more task lines, `预算总额` and `1,700.00`, the budget lost).
Kept (guards): a `指标类型 | 指标名称 | 指标值` table mixing levels — a level 1 in 指标类型 over level-2 rows of no
value in 指标名称 and the indicators under them, or 指标类型 naming a level 2 on some rows (数量指标) and a level 1 on
others (满意度指标): each level where it belongs, a level 1 not written null (its level1_std inferred).
"""
from __future__ import annotations

from tests.hunt_tools import only_project, other_fields, warning_codes

W = 10_000.0


def test_ring_beside_dotted_circle_reads_the_tick():
    """Main: `◎通过  ◉不通过` not read (None), the cell kept as written."""
    from parsers.core import radio_boxes
    from parsers.forms import _box_list_ticked
    assert _box_list_ticked("◎通过  ◉不通过") == ["不通过"]
    assert _box_list_ticked("◉是  ◎否") == ["是"]
    assert _box_list_ticked("◎合理  ●不合理") == ["不合理"]
    assert _box_list_ticked("◎通过  ◎不通过") is None
    assert radio_boxes("◎项目概况") == "◎项目概况"


def test_preassess_double_circles(read):
    """Main: each circled conclusion kept as written (`◉必要 ◎不必要` …), the table ended at the first, no_indicators."""
    r = read("ct_s55_fam11_preassess_double_circles.txt")
    p = only_project(r)
    assert other_fields(p) == {"立项必要性结论": "必要", "投入经济性": "不合理", "实施方案可行性": "可行",
                               "综合评估结论": "部分支持", "专家组意见": "◎通过 ◎不通过"}
    assert warning_codes(r) == [] and r.document["status"] == "ok"


def test_review_form_is_a_review(read):
    """A `…绩效目标评审表` of the experts' conclusions is a review, as a 审核意见表 is. Main: a target project with the
    conclusions in other_fields and no_indicators (partial)."""
    r = read("ct_s55_fam11_review_double_circles.txt")
    assert r.tables["projects"] == [] and r.document["layout"] == "unknown"
    assert warning_codes(r) == ["not_a_form"]


def test_audit_opinion_is_a_review(read):
    """`2025年度项目绩效目标审核意见表` (no 项目支出 in the title). Main: layout_unknown, no form evidence."""
    r = read("ct_s55_fam11_audit_opinion.txt")
    assert r.tables["projects"] == []
    assert warning_codes(r) == ["not_a_form"] and "审核意见表" in r.tables["warnings"][0]["message"]


def test_assessment_conclusion_form(read):
    """`某某县2025年度新增项目评估结论表`: the project's assessment, read as its form. Main: layout_unknown, no project."""
    r = read("ct_s55_fam11_assessment_conclusion.txt")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["budget_year"]) == (
        "智慧农贸市场改造提升", "某某县商务局", "某某县市场服务中心", 420 * W)
    assert p["title"] == "某某县2025年度新增项目评估结论表"
    assert other_fields(p) == {"立项必要性": "必要", "投入经济性": "基本合理", "绩效目标合理性": "合理",
                               "实施方案可行性": "可行", "综合评估结论": "予以支持", "评估机构": "某某县财政局",
                               "评估日期": "2024年9月30日"}
    assert warning_codes(r) == [] and r.document["status"] == "ok"


def test_scoring_points_and_rules_kept(read):
    """Main: the 评价要点 and 评分标准 dropped (scores had no column for them)."""
    r = read("ct_s55_fam11_scoring_points_rules.txt")
    s = r.tables["scores"]
    assert [(x["level3"], x["weight"], x["score"]) for x in s] == [
        ("立项依据充分性", 10, 10), ("绩效目标合理性", 10, 8), ("预算执行率", 20, 18), ("新建集中供水工程", 40, 36),
        ("受益群众满意度", 20, 19)]
    assert [(x["explanation"], x["requirement"]) for x in s] == [
        ("项目立项是否符合国家法律法规", "符合得10分，否则酌情扣分"), ("是否与项目实际相符", "相符得10分"),
        ("实际支出/实际到位×100%", "100%得20分，每低1%扣1分"), ("实际完成/计划完成×100%", "完成得40分，未完成按比例扣分"),
        ("满意度≥90%", "≥90%得20分")]
    assert only_project(r)["score"] == 91 and warning_codes(r) == []


def test_scoring_points_and_rules_beside_reasons(read):
    """fam10's 重点评价 评分表 (`分值 | 评价要点 | 评分标准 | 得分 | 扣分原因`): the 要点 and the rule kept beside the
    reason (the note). Main: the 要点 and the rule dropped."""
    r = read("ct_s54_fam10_key_eval_scoring.txt")
    s = r.tables["scores"]
    assert (s[2]["explanation"], s[2]["requirement"], s[2]["note"]) == (
        "是否与实际工作内容相关", "合理得4分", "目标与预算不匹配")
    assert all(x["explanation"] and x["requirement"] for x in s)


def test_department_budget_block_under_tasks(read):
    """Main: `预算总额 | 财政拨款` and `1,700.00 | 1,600.00` two more task lines (the budget lost, `年度部门预算（万元）`
    an unplaced_cell, the form partial)."""
    r = read("ct_s55_fam11_dept_tasks_then_budget_block.txt")
    p = only_project(r)
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (1700 * W, 1600 * W, 100 * W)
    assert [(b["name"], b["amount"]) for b in r.tables["budget_items"]] == [
        ("高标准农田建设", 1200 * W), ("动物疫病防控", 150 * W), ("农村人居环境整治", 350 * W)]
    assert len(r.tables["indicators"]) == 3 and warning_codes(r) == []


def test_type_name_levels_mixed_in_name_column(read):
    """(a guard) 指标类型 the level 1, 指标名称 a level 2 on a row of no value, the indicators under it."""
    r = read("ct_s55_fam11_type_name_mixed_levels.txt")
    got = [(i["level1"], i["level2"], i["level3"], i["target_raw"]) for i in r.tables["indicators"]]
    assert got == [("产出指标", "数量指标", "公交线路条数", "≥32条"), ("产出指标", "数量指标", "投放车辆数", "≥120辆"),
                   ("产出指标", "质量指标", "车辆准点率", "≥95%"), ("效益指标", "社会效益指标", "惠及群众人次", "≥300万人次"),
                   ("满意度指标", "服务对象满意度指标", "乘客满意度", "≥90%")]
    assert warning_codes(r) == []


def test_type_column_names_level_one_or_two(read):
    """(a guard) 指标类型 naming a level 2 (数量指标) or a level 1 (满意度指标): each where it belongs."""
    r = read("ct_s55_fam11_type_column_mixed_levels.txt")
    got = [(i["level1"], i["level1_std"], i["level2"], i["level3"]) for i in r.tables["indicators"]]
    assert got == [(None, "output", "数量指标", "公交线路条数"), (None, "output", "数量指标", "投放车辆数"),
                   (None, "output", "质量指标", "车辆准点率"), (None, "output", "时效指标", "补贴资金拨付时间"),
                   (None, "outcome", "社会效益指标", "惠及群众人次"), ("满意度指标", "satisfaction", None, "乘客满意度")]
    assert warning_codes(r) == []
