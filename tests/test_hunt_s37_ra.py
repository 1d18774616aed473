"""Review RA (session 37): the rules of hunts AS and NF read on other forms than theirs. Inputs
tests/fixtures/review/ct_s37_ra_*, each written with its expected reading by hand before either tree was run."""
from __future__ import annotations

import pytest


def _items(r, *keys) -> list[tuple]:
    return [tuple(a[k] for k in keys) for a in r.tables["assessment_items"]]


def _codes(r) -> list[str]:
    return [w["code"] for w in r.tables["warnings"]]


# ---------------------------------------------------------------- assessment tables (hunt AS's rules)
def test_a_figure_a_time_counted_in_words_states_no_points(read):
    """`迟报一次扣2分`, `少一次扣2分` take 2 each time (一次, not only 1次 / 每次): a base item's points are not said (AS read
    2); `未开展扣3分，开展不到位扣1分` two figures: none."""
    r = read("ct_s37_ra_penalty_count_in_words.txt")
    assert _items(r, "item_no", "points", "kind", "cap", "responsible") == [
        (1, None, "base", None, ["应急办"]), (2, None, "base", None, ["应急办"]), (3, None, "base", None, ["宣传办"])]


def test_a_base_deduction_under_a_higher_cap_states_no_points(read):
    """`未按期完成扣2分，最多扣3分`: a deduction taken more than once up to 3, not an all-or-nothing 2 (AS read points 2
    beside cap 3); the cap stays."""
    r = read("ct_s37_ra_base_deduction_under_cap.txt")
    assert _items(r, "item_no", "points", "kind", "cap") == [(1, None, "base", 3.0), (2, None, "base", 5.0)]


@pytest.mark.parametrize("name", ["ct_s37_ra_assessed_unit_column.txt", "ct_s37_ra_assessed_unit_column.docx"])
def test_a_kaohe_danwei_heading_the_row_is_the_unit_assessed(read, name):
    """`序号 | 考核单位 | 考核内容 | 分值 | 评分标准`: the 考核单位 left of the content names each row's unit, the one the
    item is asked of (县教育局 …): responsible, no assessor (AS moved them to assessor)."""
    r = read(name)
    assert _items(r, "item_no", "content", "points", "responsible", "assessor") == [
        (1, "义务教育巩固率达到99%以上。", 20.0, ["县教育局"], None),
        (2, "基本公共卫生服务项目考核达标。", 20.0, ["县卫健委"], None),
        (3, "粮食播种面积稳定在30万亩以上。", 20.0, ["县农业农村局"], None),
    ]


def test_kaohe_danwei_after_the_rule_still_assesses(read):
    """`… | 评分标准 | 被考核单位 | 考核单位`: the 被考核单位 the units, the 考核单位 after the rule the assessors (AS's rule kept)."""
    r = read("ct_s37_ra_assessor_after_assessed.txt")
    assert _items(r, "item_no", "points", "responsible", "assessor") == [
        (1, 10.0, ["各乡镇"], ["县河长办"]), (2, 10.0, ["各乡镇"], ["县水利局"])]


def test_a_money_total_under_the_actual_column_is_no_score(read):
    """`合计 | | | | 180` under 实际完成值 (the 成本指标's 180万元 summed): no score (both trees read 180 as the form's
    score over rows scoring 87)."""
    r = read("ct_s37_ra_money_total_not_score.txt")
    (p,) = r.tables["projects"]
    assert (p["form"], p["name"], p["score"]) == ("self_eval", "城区道路维修", None)
    assert len(r.tables["indicators"]) == 4


# ---------------------------------------------------------------- lists and notices (hunt NF's rules)
@pytest.mark.parametrize("name", ["ct_s37_ra_compiler_unit_name.txt", "ct_s37_ra_compiler_unit_name.xlsx"])
def test_a_unit_name_line_over_others_departments_is_the_compiler(read, name):
    """`单位名称：县财政局（盖章）` over a 全县 汇总表 whose 主管部门 column names 县交通局 / 县住建局: the office compiling
    it, no row's unit (NF gave both projects the unit 县财政局)."""
    r = read(name)
    assert [(p["form"], p["name"], p["department"], p["unit"], p["budget_year"]) for p in r.tables["projects"]] == [
        ("target", "农村公路养护项目", "县交通局", None, 5_000_000.0),
        ("target", "城乡环卫一体化项目", "县住建局", None, 8_000_000.0),
    ]


def test_a_unit_name_line_of_a_list_of_its_own_stays(read):
    """NF's own case: `单位名称：汝城县卫生健康委员会` over its 批复表 (no department column) is every row's unit."""
    r = read("ct_s37_nf_pifu_table.txt")
    assert {p["unit"] for p in r.tables["projects"]} == {"汝城县卫生健康委员会"}


def test_a_monitoring_notice_declares_no_targets(read):
    """`关于开展2024年度绩效目标执行监控的通知` over the projects to monitor (their goals quoted): the notice does not
    issue targets, its list is no declaration (NF read two target forms)."""
    r = read("ct_s37_ra_monitoring_notice.txt")
    assert r.tables["projects"] == []


def test_a_notice_asking_for_targets_declares_none(read):
    r = read("ct_s37_ra_report_notice_deadlines.txt")
    assert r.tables["projects"] == []


def test_investment_parts_in_words_are_no_unparsed_row(read):
    """`投资构成 | 建安工程、设备购置及其他费用`: the block's parts named in words, no figure (NF made it an unparsed row,
    the form partial); the money stays."""
    r = read("ct_s37_ra_invest_parts_in_words.txt")
    (p,) = r.tables["projects"]
    assert (p["budget_total"], p["budget_year"], p["budget_fiscal"]) == (50_000_000.0, 12_000_000.0, 12_000_000.0)
    assert "unparsed_row" not in _codes(r)
    assert r.tables["budget_items"] == []


def test_see_annex_is_no_indicator(read):
    """A 购买服务 汇总表's `绩效指标 | 详见附表`: the indicators are elsewhere (NF read an indicator `详见附表`); the other
    row's `服务对象满意度≥90%；服务人数≥120人` two."""
    r = read("ct_s37_ra_see_annex_indicators.txt")
    assert [(p["name"], p["unit"], p["budget_year"]) for p in r.tables["projects"]] == [
        ("居家养老服务", "县民政局", 1_860_000.0), ("社区矫正社会工作服务", "县司法局", 500_000.0)]
    assert [(i["level3"], i["target_raw"]) for i in r.tables["indicators"]] == [
        ("服务对象满意度", "≥90%"), ("服务人数", "≥120人")]


def test_a_unit_name_line_under_one_department_stays(read):
    """`单位名称：县第一中学` over a list whose 主管部门 column names one department (县教育局) in every row: the unit's
    own list, the line every row's unit."""
    r = read("ct_s37_ra_unit_name_one_department.txt")
    assert [(p["name"], p["department"], p["unit"]) for p in r.tables["projects"]] == [
        ("校舍维修改造", "县教育局", "县第一中学"), ("实验室设备购置", "县教育局", "县第一中学")]


def test_results_with_an_evaluator_column_are_others(read):
    """`2023年度项目支出绩效评价结果汇总表` (neutral) over `项目名称 | 评价机构 | 评价得分 | 评价等级`, the 评价机构 a
    会计师事务所: a third party's results, no self-evaluation (AS read two self_eval projects)."""
    r = read("ct_s37_ra_results_evaluator_column.txt")
    assert r.tables["projects"] == []


def test_a_list_with_a_name_and_a_service_column(read):
    """`项目名称 | 购买服务项目 | 购买金额（万元） | 年度绩效目标 | 绩效指标`: 项目名称 names the rows, the service is a
    column of its own (NF's weak name made two name columns: no project at all; before NF two nameless-money
    projects)."""
    r = read("ct_s37_ra_name_and_service_columns.txt")
    assert [(p["form"], p["name"], p["budget_year"]) for p in r.tables["projects"]] == [
        ("target", "社区养老服务提升", 1_200_000.0), ("target", "社区矫正帮扶", 400_000.0)]
    assert [(i["level3"], i["target_raw"]) for i in r.tables["indicators"]] == [
        ("服务人数", "≥1000人"), ("满意度", "≥90%"), ("服务人数", "≥120人")]   # (bare 满意度 a name: see _level_label)


def test_a_penalty_a_time_counted_in_words(read):
    """`发生一起扣5分` under a 扣分事项 head: 5 a time (as `每起扣5分`), no cap; `…，最高扣20分` its cap."""
    r = read("ct_s37_ra_penalty_one_occurrence.txt")
    assert _items(r, "item_no", "points", "kind", "cap") == [(1, 5.0, "penalty", None), (2, 10.0, "penalty", 20.0)]


def test_a_score_with_a_note_after_it(read):
    """`自评得分：96分（扣减预算执行率得分）` under the table's `合计 | 100 | 98`: the form's score is 96 (both trees read
    none: the note made the stated score unreadable, and it outranked the 合计); the difference from the rows' 98
    is reported."""
    r = read("ct_s37_ra_score_with_note.txt")
    (p,) = r.tables["projects"]
    assert (p["score"], p["grade"]) == (96.0, "优")
    assert any(w["code"] == "total_row_mismatch" or "total score is 96" in w["message"] for w in r.tables["warnings"])
