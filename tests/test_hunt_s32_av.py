"""Hunt AV (non-forms, and one real form among other material: minutes, notices, other tables, templates):
tests/fixtures/review/ct_s32_av_*, each read as the form says and nothing taken from the material around it."""
from __future__ import annotations

import json
from pathlib import Path

from jixiao.pipeline import process_file

REVIEW = Path(__file__).parent / "fixtures" / "review"


def _review(name):
    return process_file(REVIEW / name)


def _inds(t):
    return [(i["level1"], i["level2"], i["level3"], i["target_raw"]) for i in t["indicators"]]


def test_a_lead_in_sentence_and_its_numbered_money_lines_after_the_indicators_are_no_indicators():
    """`会议同意调增支出，主要用于：` then `1.义务教育薄弱环节改善项目 | 1,200万元` under the indicator table (a county
    meeting's minutes quoted after the form): they were three indicators under 满意度指标 / 服务对象满意度指标, the
    amounts read as targets (1,500万元 -> 15,000,000 元). The sentence ends the table; the lines are reported."""
    r = _review("ct_s32_av_r1_lines_after_form.txt")
    t = r.tables
    assert [(p["name"], p["budget_year"]) for p in t["projects"]] == [("义务教育薄弱环节改善与能力提升", 12000000.0)]
    assert _inds(t) == [("产出指标", "数量指标", "改善学校数", "8所"),
                        ("满意度指标", "服务对象满意度指标", "师生家长满意度", "≥90%")]
    assert not [w for w in t["warnings"] if w["code"] == "target_missing"]


def test_paragraphs_after_a_word_table_of_indicators_are_no_indicators():
    """A Word 纪要 with the form's table, then paragraphs `二、关于预算调整：会议同意调增以下支出：` /
    `1.城区排涝设施改造 560万元` (or the numbered paragraphs alone, no lead-in): they were indicators carried on under
    the last level 1 / level 2 (target_missing). A paragraph after a document's table is none of its rows."""
    for name, inds in (("ct_s32_av_r1b_paragraphs_after_form.docx", [
            ("产出指标", "数量指标", "养护里程", "≥450公里"), ("产出指标", "质量指标", "优良路率", "≥80%"),
            ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%")]),
            ("ct_s32_av_r1c_numbered_paragraphs_after_table.docx", [
                ("产出指标", "数量指标", "养护里程", "≥450公里"),
                ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%")])):
        r = _review(name)
        t = r.tables
        assert [(p["name"], p["budget_year"]) for p in t["projects"]] == [("农村公路养护", 3000000.0)], name
        assert _inds(t) == inds, name
        assert not [w for w in t["warnings"] if w["code"] == "target_missing"], name
        assert not t["budget_items"], name


def test_a_captioned_table_of_other_amounts_after_the_form_is_no_budget_line_of_it():
    """`附表：其他项目预算安排（不需申报绩效目标）` over `序号 | 项目名称 | 预算金额（万元）` after the form (text and Word), and
    `政府采购预算表` over `采购项目 | 采购品目 | 数量 | 金额（万元）`: their rows were the form's budget lines (850,000 +
    1,200,000 元 under a 3,600,000 元 form, only budget_sum_mismatch said so; the procurement's name from 采购品目, the
    采购项目 cell dropped). A table under its own caption whose amounts add up to none of the form's is not the form's."""
    for name, proj, budget, head in (
            ("ct_s32_av_r2_other_projects_table.txt", "社区居家养老服务补贴", 3600000.0, "序号 | 项目名称"),
            ("ct_s32_av_r2_other_projects_table.docx", "社区居家养老服务补贴", 3600000.0, "序号 | 项目名称"),
            # (a 政府采购预算表 is a budget disclosure's table: passed over whole, said by one not_a_form)
            ("ct_s32_av_r2b_procurement_table.docx", "农村饮水安全工程维修养护", 1500000.0, "(政府采购预算表)")):
        r = _review(name)
        t = r.tables
        assert [(p["name"], p["budget_year"]) for p in t["projects"]] == [(proj, budget)], name
        assert t["budget_items"] == [], name
        assert len(t["indicators"]) == 2, name
        codes = [w["code"] for w in t["warnings"]]
        assert "budget_sum_mismatch" not in codes and "unplaced_cell" not in codes, name
        assert [w["message"] for w in t["warnings"] if w["code"] in ("project_list", "not_a_form")
                and head in w["message"]], name
        assert r.document["status"] == "ok", name


def test_a_list_table_with_no_seq_column_before_the_form_gives_no_project():
    """`项目名称 | 年初预算 | 决算数` over `法律援助经费 | 60.00 | 70.50` rows (a 决算 report's 项目支出决算表 before the
    form): its head row was read as the pair `项目名称 = 年初预算`, a project named 年初预算 (partial, no_indicators)."""
    r = _review("ct_s32_av_r3_list_table_before_form.txt")
    t = r.tables
    assert [(p["name"], p["budget_year"], p["title"]) for p in t["projects"]] == [
        ("法律援助经费", 600000.0, "项目支出绩效目标表")]
    assert _inds(t) == [("产出指标", "数量指标", "办理法律援助案件数", "≥450件"),
                        ("满意度指标", "服务对象满意度指标", "受援人满意度", "≥95%")]
    assert r.document["status"] == "ok"
    assert [w["code"] for w in t["warnings"]] == ["project_list"]


def test_label_value_rows_of_another_sheet_are_not_the_forms_other_fields():
    """A workbook whose first sheet is a 资产负债表 (`资产 | 期末余额`, `货币资金 | 1862140.55`) and whose second is the
    form: 货币资金 was kept in the form's projects.other_fields. Only the form's own sheet feeds them."""
    t = _review("ct_s32_av_r8_other_sheet_fields.xlsx").tables
    assert [(p["name"], p["budget_year"], p["other_fields"]) for p in t["projects"]] == [
        ("乡镇文化站免费开放补助", 600000.0, None)]
    assert _inds(t) == [("产出指标", "数量指标", "免费开放文化站数量", "15个"),
                        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%")]


def test_a_template_whose_values_are_examples_is_a_blank_form():
    """`区域绩效目标表（参考样表）` whose 指标值（示例） column holds only `如：≥XX人` / `如：≥90%` (names `如：培训人数`): it was
    read as a filled form (a nameless project, two indicators, no warning). Examples are no values: a blank template."""
    r = _review("ct_s32_av_r5_example_template.txt")
    t = r.tables
    assert t["projects"] == [] and t["indicators"] == []
    assert [w["code"] for w in t["warnings"]] == ["blank_form"]


def test_the_compiler_of_a_monitoring_summary_of_several_projects_is_no_projects_unit():
    """`填报单位：市财政局绩效科` over a 监控结果汇总表 (`部门 | 项目名称 | 指标名称 | 年度目标值 | 1-7月完成值 | 全年预计完成
    | 偏差情况`, a row per indicator of several projects): each project read from its rows had the compiling office as
    its unit. Each keeps its 部门; no unit; the 1-7月 values are each indicator's progress, the forecast a note."""
    t = _review("ct_s32_av_r4_monitor_summary.txt").tables
    assert [(p["name"], p["department"], p["unit"], p["form"]) for p in t["projects"]] == [
        ("学生资助", "市教育局", None, "self_eval"), ("家庭医生签约服务", "市卫健委", None, "self_eval"),
        ("高标准农田建设", "市农业农村局", None, "self_eval")]
    assert [(i["level3"], i["target_raw"], i["progress_raw"]) for i in t["indicators"]] == [
        ("资助学生人次", "≥12000人次", "7860人次"), ("资助资金按时发放率", "100%", "100%"),
        ("重点人群签约率", "≥75%", "61%"), ("新建高标准农田面积", "≥5万亩", "1.2万亩")]
    assert t["indicators"][3]["note"] == "全年预计完成：4.1万亩；偏差情况：存在偏差"


def test_minutes_lines_a_dump_joined_into_one_row_of_the_table_are_no_indicator():
    """`县政府常务会议研究意见（摘录）：` / `会议同意调增…，主要用于：` / three `N.项目 | 金额` lines after the indicator table,
    joined by the text reader into one row of the table's four columns: it was an indicator (level 1 the sentence, target
    `1,500万元` = 15,000,000 元). A cell opening with a lead-in and going on with its list ends the table (reported)."""
    r = _review("ct_s32_av_r1d_minutes_joined_after_form.txt")
    t = r.tables
    assert [(p["name"], p["budget_year"]) for p in t["projects"]] == [("义务教育薄弱环节改善与能力提升", 12000000.0)]
    assert _inds(t) == [("产出指标", "数量指标", "改善学校数", "8所"), ("产出指标", "数量指标", "新增学位数", "≥600个"),
                        ("产出指标", "时效指标", "项目完工时间", "2024年8月底前"),
                        ("效益指标", "社会效益指标", "农村学校大班额比例", "≤5%"),
                        ("满意度指标", "服务对象满意度指标", "师生家长满意度", "≥90%")]
    assert [w["code"] for w in t["warnings"]] == ["unparsed_row"]
