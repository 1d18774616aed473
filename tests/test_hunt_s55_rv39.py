"""Review rv39 (session 55) of hunt fam11 (merge b8d435fc). Fixtures ct_s55_rv39_* (text dumps, tab-separated cells,
from tests/fixtures/review/make_s55_rv39.py); each reading was written down by hand before jixiao was run.

Decided:
- a review's title (`绩效目标审核意见表`, `项目评审表`, now titles since fam11) met BELOW a form's indicators — a form
  whose own title was cut off, the review printed under it — is a part appended to the form, not what the form is:
  the form is read (fam11 made it not_a_form, its project and indicators lost), the review's title not its title;
- a `年度主要任务` table is ended by a figureless row in its label column only when the row carries the money's heads
  (`年度部门预算（万元） | 预算总额 | 财政拨款 | 其他资金`, fam11's case): a task of no figures whose empty first cell
  a dump dropped (`农业执法监管 | 开展农资打假专项行动`) is a task (fam11 ended the table there: unparsed_row, the task
  lost, the next task an other field);
- a 评分表's 评价要点 / 评分标准 cell cut by a line break, its rest alone on the next line under the same column: the
  row above's text goes on (the rest was dropped);
- a row of a `评估内容 | 评估结论` table whose label is a form's field, ticked (`资金性质 | ☑一般公共预算 □政府性基金`,
  `项目类型 | ☑新增项目 …`): the form's field, read as before fam11 (fam11 put it in other_fields, fund_type and
  category lost).
Kept (guards): target forms whose titles hold a review's word (`绩效目标表（审核后）`, `经审核的…绩效目标`, a
`…绩效目标评审表` carrying indicators) and a 自评表 with a `评审意见` field are forms, not not_a_form; a 评分标准 merged
over two rows (the second empty) and a dash stay as written, nothing carried down.
"""
from __future__ import annotations

from tests.hunt_tools import only_project, other_fields, warning_codes

W = 10_000.0
LEVEL3 = ["配置设备卫生院数量", "患者满意度"]


def test_form_then_audit_opinion_no_title(read):
    """fam11: not_a_form (the review's title the form's only one), no project."""
    r = read("ct_s55_rv39_form_then_audit_no_title.txt")
    p = only_project(r)
    assert (p["name"], p["budget_total"], p["title"]) == ("基层医疗卫生机构能力提升", 300 * W, None)
    assert [i["level3"] for i in r.tables["indicators"]] == LEVEL3
    assert "not_a_form" not in warning_codes(r)


def test_form_then_review_no_title(read):
    """fam11: not_a_form, no project."""
    r = read("ct_s55_rv39_form_then_review_no_title.txt")
    p = only_project(r)
    assert (p["name"], p["budget_total"], p["title"]) == ("基层医疗卫生机构能力提升", 300 * W, None)
    assert [i["level3"] for i in r.tables["indicators"]] == LEVEL3
    assert other_fields(p)["评审结论"] == "通过" and warning_codes(r) == []


def test_target_titles_with_review_words_are_forms(read):
    """(guards) a target form's title holding 审核 / 评审, a 自评表 with a 评审意见 field."""
    for name, title in (("target_after_review", "2025年度项目支出绩效目标表（审核后）"),
                        ("targets_reviewed_words", "经审核的2025年度项目绩效目标"),
                        ("target_review_with_indicators", "2025年度项目支出绩效目标评审表"),
                        ("self_eval_review_field", "2024年度项目支出绩效自评表")):
        r = read(f"ct_s55_rv39_{name}.txt")
        p = only_project(r)
        assert p["title"] == title and p["name"] == "基层医疗卫生机构能力提升"
        assert [i["level3"] for i in r.tables["indicators"]] == LEVEL3
        assert warning_codes(r) == []


def test_tasks_of_no_figures_shifted(read):
    """fam11: the table ended at `农业执法监管` (an unparsed_row), `农村人居环境整治` an other field."""
    r = read("ct_s55_rv39_tasks_no_figures_shifted.txt")
    p = only_project(r)
    assert [(b["name"], b["amount"]) for b in r.tables["budget_items"]] == [
        ("高标准农田建设", 1200 * W), ("动物疫病防控", 150 * W), ("农业执法监管", None), ("农村人居环境整治", None)]
    assert other_fields(p) == {} and warning_codes(r) == []
    assert len(r.tables["indicators"]) == 2


def test_wrapped_points_and_rule(read):
    """fam11: only the first line of each cut cell kept (`符合得10分，`), the rest dropped."""
    r = read("ct_s55_rv39_wrapped_rule.txt")
    s = r.tables["scores"]
    assert [(x["level3"], x["weight"], x["score"]) for x in s] == [
        ("立项依据充分性", 10, 10), ("预算执行率", 40, 38), ("新建集中供水工程", 50, 45)]
    assert [(x["explanation"], x["requirement"]) for x in s] == [
        ("项目立项是否符合国家法律法规", "符合得10分，否则酌情扣分"), ("实际支出/实际到位", "100%得40分，每低1%扣1分"),
        ("实际完成/计划完成", "完成得50分")]
    assert only_project(r)["score"] == 93 and warning_codes(r) == []


def test_rule_merged_empty_as_written(read):
    """(a guard) an empty merged cell and a dash: no rule, nothing carried down."""
    r = read("ct_s55_rv39_rule_merged_empty.txt")
    assert [x["requirement"] for x in r.tables["scores"]] == ["符合得满分，否则酌情扣分", None, None, "完成得满分"]
    assert [x["weight"] for x in r.tables["scores"]] == [10, 10, 30, 50]


def test_ticked_field_rows_in_conclusions_table(read):
    """fam11: 资金性质 / 项目类型 in other_fields, fund_type and category null."""
    r = read("ct_s55_rv39_field_rows_ticked.txt")
    p = only_project(r)
    assert (p["fund_type"], p["category"]) == ("一般公共预算", "新增项目")
    assert other_fields(p) == {"立项必要性": "必要", "投入经济性": "合理", "综合评估结论": "予以支持"}
    assert warning_codes(r) == []
