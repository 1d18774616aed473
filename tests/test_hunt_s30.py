"""Faults a hunt of this session found in forms of families not seen before (tests/fixtures/review/ct_s30_*;
README there): each read as the form says."""
from __future__ import annotations

from pathlib import Path

from jixiao.pipeline import process_file

REVIEW = Path(__file__).parent / "fixtures" / "review"


def _review(name):
    return process_file(REVIEW / name).tables


def _targets(t):
    return [(i["level3"], i["target_raw"], i["horizon"]) for i in t["indicators"]]


def test_a_transfer_forms_period_columns_give_one_record_each():
    """`指标值（实施期） | 指标值（年度）` (a 转移支付 form, the 财政部 wording): the period's value and the year's, one record
    each (the period's was the target, the year's a note; a blank period cell gave a false target_missing)."""
    t = _review("ct_s30_ag_period_columns.txt")
    assert _targets(t) == [("高标准农田建设面积", "≥1000万亩", "long_term"), ("高标准农田建设面积", "≥425万亩", "annual"),
                           ("年度任务完成率", "≥95%", "annual")]
    assert not [w for w in t["warnings"] if w["code"] == "target_missing"]


def test_a_two_line_head_splitting_the_value_by_period():
    """`指标值 | 指标值` over `（实施期） | （年度）`, and `指标值` merged over `实施期 | 年度`: the second head line was read as an
    indicator named 实施期 (or with target `（实施期）`)."""
    t = _review("ct_s30_ag_period_subheader.txt")
    assert _targets(t) == [("义务教育巩固率", "≥95%", "long_term"), ("义务教育巩固率", "≥94.8%", "annual")]
    t = _review("ct_s30_ag_period_subheader.html")
    assert _targets(t) == [("农机购置补贴机具数量", "≥12万台", "annual"), ("补贴资金发放及时率", "≥90%", "long_term"),
                           ("补贴资金发放及时率", "≥95%", "annual")]
    assert [i["note"] for i in t["indicators"]] == [None, "当年12月底前", "当年12月底前"]


def test_a_transfer_forms_money_by_period():
    """`资金情况（万元） | 实施期资金总额： | 年度资金总额：` over `其中：中央补助 | 1000000 | 365000` and `地方资金 | …`: each a
    source line of the year's amount, the period's in its note (中央补助 was an unparsed row, and 地方资金 took the
    period's amount); `其中：财政拨款 | 2856000 | 其中：财政拨款 | 612400` (each column's label written again):
    budget_fiscal is the year's (it was the period's, the year's lost)."""
    t = _review("ct_s30_ag_period_money_sources.txt")
    p = t["projects"][0]
    assert (p["budget_total"], p["budget_year"]) == (12_500_000_000, 4_386_000_000)
    assert [(b["name"], b["amount"], b["note"], b["kind"]) for b in t["budget_items"]] == [
        ("中央补助", 3_650_000_000, "实施期：1000000", "source"), ("地方资金", 736_000_000, "实施期：250000", "source")]
    assert not [w for w in t["warnings"] if w["code"] == "unparsed_row"]
    p = _review("ct_s30_ag_period_money_labels_twice.txt")["projects"][0]
    assert (p["budget_fiscal"], p["budget_other"]) == (6_124_000_000, 0)


def test_a_task_table_in_the_unit_of_the_money_block_above():
    """A 部门整体 form's task table (`任务名称 | 主要内容 | 预算金额`, no unit of its own) under `年度预算申请（万元） | 资金总额
    | … | 项目支出` over their figures: in 万元 like the block (it was read as 元, 10,000 times too small)."""
    t = _review("ct_s30_ah_task_unit_of_money_block.xlsx")
    got = [(b["name"], b["amount"]) for b in t["budget_items"]]
    assert got == [("基本支出", 8_000_000), ("项目支出", 2_000_000), ("就业创业服务", 2_000_000)]


def test_a_target_column_headed_niandu_mubiao():
    """`一级指标 | 二级指标 | 三级指标 | 年度目标 | 完成情况`: 年度目标 beside the levels is the target column (it was a note,
    the target lost); the same table under a 工作总结's title is no form (it gave a nameless project)."""
    t = _review("ct_s30_ak_target_head_niandu_mubiao.txt")
    i = t["indicators"][0]
    assert (i["target_raw"], i["op"], i["value"], i["unit"], i["note"]) == ("≥3200人", ">=", 3200, "人", None)
    t = _review("ct_s30_ak_summary_report_table.txt")
    assert not t["projects"] and not t["indicators"]
    assert [w["code"] for w in t["warnings"]] == ["not_a_form"]


def test_a_signature_under_the_last_table_is_no_indicator():
    """`杭州市临平区财政局 2022年3月18日` after a page's last table, and a Word paragraph of two lines (unit, then date)
    under the form: who signs and when (each was an indicator without a target)."""
    t = _review("ct_s30_ag_signature_after_tables.html")
    assert [i["level3"] for i in t["indicators"]] == ["改造老旧小区个数", "新增停车泊位"]
    t = _review("ct_s30_ak_signature_line_break.docx")
    assert not [i for i in t["indicators"] if "委员会" in (i["level3"] or "")]
    assert t["indicators"] and all(i["target_raw"] for i in t["indicators"])


def test_a_names_end_cut_by_its_cell():
    """`群众对空气质量改善满 | ≥80%` then `意度` alone (a word cut inside it): one name. `参训人员及用人单位 | ≥90%` then
    `满意度` alone in the name column of a sheet and of a Word table was read as a level label and lost: it is kept,
    as an indicator of its own with target_missing (a lone 满意度 / 满意率 may be a name of its own: a review's probe)."""
    t = _review("ct_s30_ag_name_cut_inside_word.txt")
    assert [(i["level3"], i["target_raw"]) for i in t["indicators"]] == [("群众对空气质量改善满意度", "≥80%")]
    for name in ("ct_s30_ah_name_end_level_word.xlsx", "ct_s30_ah_name_end_level_word.docx"):
        t = _review(name)
        assert [(i["level1"], i["level3"], i["target_raw"]) for i in t["indicators"]] == [
            ("产出指标", "培训人次", "≥12000人次"), ("满意度指标", "参训人员及用人单位", "≥90%"), ("满意度指标", "满意度", None)], name
        assert [w["indicator_seq"] for w in t["warnings"] if w["code"] == "target_missing"] == [3], name


def test_a_scoring_standards_title_gives_the_year():
    """`2021年度…项目绩效评价指标体系及评分标准` above a Word table of scores: the form's title (year and title were null)."""
    p = _review("ct_s30_aj_title_scoring_standard.docx")["projects"][0]
    assert (p["year"], p["title"], p["name"]) == (2021, "2021年度农产品质量安全监测项目绩效评价指标体系及评分标准", "农产品质量安全例行监测")


def test_contact_line_over_a_date_row_and_a_stamp_after_the_phone():
    """`填表人：宋佳 联系电话：…` over `填报日期： | 2023年11月30日` under the indicator table (read as a remark inside the
    table: contact and phone lost); `联系电话：023-67855012 （单位盖章）` (the stamp's place kept in the phone)."""
    p = _review("ct_s30_ah_contact_then_date_row.xlsx")["projects"][0]
    assert (p["contact"], p["phone"], str(p["fill_date"])) == ("宋佳", "0379-63925108", "2023-11-30")
    p = _review("ct_s30_ah_phone_then_stamp.xlsx")["projects"][0]
    assert (p["contact"], p["phone"]) == ("何丽", "023-67855012")


def test_kpi_sheets_are_no_forms():
    """A hospital's 医疗质量关键指标监测表 with a 满意度 category, and a 绩效考核指标监测表 with levels of its own (医疗质量 |
    质量安全): no project, no money, no goal, no output or outcome level (each gave a nameless project and a false
    header_missing)."""
    for name in ("ct_s30_ak_kpi_satisfaction_category.txt", "ct_s30_ak_hospital_kpi_title.txt"):
        t = _review(name)
        assert not t["projects"] and not t["indicators"], name
        assert [w["code"] for w in t["warnings"]] == ["not_a_form"], name


def test_a_reports_sentence_is_no_projects_name():
    """`一、评价对象：某区2022年度老旧小区改造项目，主管部门为区住建局，项目资金总额6,800万元。` under a 绩效评价报告's title,
    over a quoted indicator table: a report's sentence, no form (a project named by the whole sentence)."""
    t = _review("ct_s30_ak_report_sentence_name.html")
    assert not t["projects"] and not t["indicators"]
    assert [w["code"] for w in t["warnings"]] == ["not_a_form"]


def test_a_money_labels_own_amount_beside_its_first_part():
    """`债券资金（元） | 280,000,000.00 | 其中：2025年发行 | 120,000,000.00` under 项目总投资: the bond money is a source line
    of its own, its part in its group (the 280,000,000 was lost without a warning)."""
    t = _review("ct_s30_ag_bond_money_own_amount.txt")
    assert t["projects"][0]["budget_total"] == 356_800_000
    assert [(b["group"], b["name"], b["amount"], b["kind"]) for b in t["budget_items"]] == [
        (None, "债券资金", 280_000_000, "source"), ("债券资金", "2025年发行", 120_000_000, "source")]


def test_a_task_merged_over_two_content_rows():
    """`困难群众救助 | 城乡低保金发放 | 150` then `| 特困人员供养 |`, the task and its amount merged over both rows: the second
    row's text goes on the line's note (an unparsed row, its text lost); the amounts in the money block's 万元."""
    t = _review("ct_s30_ah_task_over_two_content_rows.xlsx")
    got = [(b["name"], b["amount"], b["note"]) for b in t["budget_items"] if b["kind"] == "composition"]
    assert got == [("困难群众救助", 1_500_000, "主要内容：城乡低保金发放；特困人员供养"),
                   ("养老服务", 500_000, "主要内容：居家养老服务补贴")]
    assert not [w for w in t["warnings"] if w["code"] == "unparsed_row"]


def test_a_lists_head_row_gives_no_field():
    """`序号 | 单位名称 | 等级 | 数量` heading a list under the form: no label beside its value (单位名称 took `等级` for the
    project's unit); reported as an unparsed row."""
    t = process_file(REVIEW / "ct_s30_aj_n1_dengji_column_head.txt").tables
    assert t["projects"][0]["unit"] is None
    assert any(w["code"] == "unparsed_row" and "序号 | 单位名称 | 等级 | 数量" in w["message"] for w in t["warnings"])


def test_a_money_target_beside_its_unit_column():
    """`≤680万元 | 万元` and `≤1.2万元/人 | 万元/人` (the unit written in the value and in its 计量单位 column): in yuan, the
    unit once (680 `万元万元`, and `元/人万元/人`)."""
    i = _review("ct_s30_am_money_unit_column_repeated.txt")["indicators"][0]
    assert (i["op"], i["value"], i["unit"]) == ("<=", 6_800_000, "元")
    i = _review("ct_s30_am_money_per_unit_column_repeated.txt")["indicators"][0]
    assert (i["op"], i["value"], i["unit"]) == ("<=", 12_000, "元/人")


def test_an_excel_tab_export_without_its_quotes():
    """Excel's tab-delimited text quotes a cell holding a line break (`"改造景观⏎设施数量"`): the name without the quotes."""
    i = _review("ct_s30_am_excel_quoted_cell.txt")["indicators"][0]
    assert (i["level3"], i["target_raw"], i["actual_raw"]) == ("改造景观设施数量", "≥15处", "15处")


def test_wingdings_boxes_exported_as_letters():
    """`£常年性项目 R延续性项目 £一次性项目` (Word's Wingdings 2 boxes exported as the letters of their codes): the ticked
    option (the category was the whole list)."""
    assert _review("ct_s30_am_wingdings_ticks.txt")["projects"][0]["category"] == "延续性项目"


def test_a_reviews_probes_of_this_sessions_rules_read_as_before():
    """Probes a review wrote against this session's rules (ct_s30_rv_*): each reads as the code before them did, or
    better — a sentence name under a form's own title is its name; `1.党建工作` in the 考核项目 column with no section
    row above is the section; tasks that add up in 元 to the block's 项目支出 stay in 元; sentences of a merged goal set
    apart by spaces stay one cell; a small form title over each page's larger project name stays the title; a form's
    fragment of satisfaction indicators is a form; `年度指标值` over `全年 | 中期` gives no long-term record; a lone
    `满意率` is an indicator of its own; `较好` is a grade; a footnote under a dump's budget table is no line's note."""
    p = _review("ct_s30_rv_sentence_name_under_form_title.txt")["projects"]
    assert [x["name"] for x in p] == ["农村供水保障工程（一期、二期），续建。"]
    a = _review("ct_s30_rv_numbered_section_column.txt")["assessment_items"]
    assert [(x["section"], x["content"], x["points"]) for x in a][:1] == [("1.党建工作", "落实党建主体责任", 20)]
    assert ("2.经济发展", "完成招商引资任务", 30) in [(x["section"], x["content"], x["points"]) for x in a]
    b = _review("ct_s30_rv_task_amounts_in_yuan.xlsx")["budget_items"]
    assert [(x["name"], x["amount"]) for x in b if x["kind"] == "composition"] == [("就业创业服务", 1_200_000),
                                                                                  ("职业技能培训", 800_000)]
    p = _review("ct_s30_rv_rules_goal_spaced_sentences.pdf")["projects"][0]
    assert p["goal_annual"].startswith("目标1：完成城区道路维修12公里。") and p["goal_annual"].endswith("目标2：提升道路通行能力。")
    t = _review("ct_s30_rv_small_title_over_name.pdf")
    assert [(x["name"], x["year"], x["title"]) for x in t["projects"]] == [
        ("城区道路维修项目", 2023, "2023年度项目支出绩效自评表"), ("农村饮水安全工程", 2023, "2023年度项目支出绩效自评表")]
    assert len(t["indicators"]) == 2
    t = _review("ct_s30_rv_satisfaction_only_fragment.txt")
    assert len(t["projects"]) == 1 and [i["level3"] for i in t["indicators"]] == ["受益群众满意度"]
    t = _review("ct_s30_rv_annual_head_over_full_and_mid.html")
    assert [(i["target_raw"], i["horizon"]) for i in t["indicators"]] == [("18个", None)]
    t = _review("ct_s30_rv_lone_satisfaction_rate.txt")
    assert [i["level3"] for i in t["indicators"]] == ["群众出行便利程度", "满意率"]
    assert _review("ct_s30_rv_grade_jiaohao.txt")["projects"][0]["grade"] == "较好"
    t = _review("ct_s30_rv_budget_footnote.txt")
    assert [x["note"] for x in t["budget_items"]] == ["按每公里12.5万元测算"]
    assert any(w["code"] == "unparsed_row" for w in t["warnings"])


def test_a_names_end_pushed_into_the_next_cell():
    """`服务对象满意 | 度 | ≥95%` (the name's last character in a cell of no column): joined to the name (it was an
    unplaced cell, the name cut)."""
    t = _review("ct_s30_am_name_end_in_next_cell.txt")
    assert [(i["level3"], i["target_raw"]) for i in t["indicators"]] == [("服务对象满意度", "≥95%")]
    assert not [w for w in t["warnings"] if w["code"] == "unplaced_cell"]
