"""Hunt AY (2024–2026 provincial templates as budget-integration systems export them: 项目支出绩效目标表 / 申报表,
绩效自评表): tests/fixtures/review/ct_s33_ay_*, each read as the form says."""
from __future__ import annotations

import json
from pathlib import Path

from jixiao.pipeline import process_file

REVIEW = Path(__file__).parent / "fixtures" / "review"


def _review(name):
    return process_file(REVIEW / name)


def _codes(t, code):
    return [w["message"] for w in t["warnings"] if w["code"] == code]


def test_project_property_beside_the_category_is_kept():
    """`项目类别 | 经常性项目 | 项目属性 | 延续项目` (almost every 2021+ 一体化 target template has both): the category is
    项目类别's option and 项目属性's goes to other_fields. 延续项目 was lost without a word (both labels fill category,
    the first won); written in the other order, 项目类别 still gives the category."""
    p = _review("ct_s33_ay_property_beside_category.txt").tables["projects"][0]
    assert (p["category"], json.loads(p["other_fields"])) == ("经常性项目", {"项目属性": "延续项目"})


def test_ticked_property_is_not_joined_to_the_ticked_category():
    """`项目类别 | ☑经常性项目 □一次性项目` and `项目属性 | □新增项目 ☑延续项目` on rows of their own, in either order, each
    box in its own cell or not: the category was `经常性项目、延续项目` (two fields merged into one value; `延续项目、
    经常性项目` with 项目属性 first)."""
    for name in ("ct_s33_ay_property_ticked_after_category.txt", "ct_s33_ay_property_ticked_before_category.txt"):
        p = _review(name).tables["projects"][0]
        assert (p["category"], json.loads(p["other_fields"])) == ("经常性项目", {"项目属性": "延续项目"}), name


def test_a_second_option_label_with_nothing_chosen_keeps_nothing(tmp_path):
    """The second label's boxes all empty, or its options printed without their boxes (a PDF's font lost them:
    `1、持续性项目口2、新增性项目口`): nothing goes to other_fields; a form with 项目属性 alone keeps it as its category,
    as before."""
    base = (REVIEW / "ct_s33_ay_property_beside_category.txt").read_text(encoding="utf-8")
    line = "项目类别\t经常性项目\t项目属性\t延续项目"
    for row, category in (("项目类别\t经常性项目\t项目属性\t☐新增项目 ☐延续项目", "经常性项目"),
                          ("项目类别\t经常性项目\t项目属性\t1、持续性项目口2、新增性项目口", "经常性项目"),
                          ("项目属性\t延续项目\t\t", "延续项目")):
        f = tmp_path / "form.txt"
        f.write_text(base.replace(line, row), encoding="utf-8")
        p = process_file(f).tables["projects"][0]
        assert (p["category"], p["other_fields"]) == (category, None), row


def test_a_period_head_glossed_by_another_is_the_long_term_target(tmp_path):
    """`中长期（实施期）指标值 | 年度指标值` (湖南; also `中期（实施期）指标值`, `实施期（中长期）指标值`): one long_term record
    per indicator beside the annual one, as under 中长期指标值 / 实施期指标值. The long-term target was only a note
    (`中长期（实施期）指标值：≥3000人次`)."""
    src = REVIEW / "ct_s33_ay_horizon_head_glossed.txt"
    text = src.read_text(encoding="utf-8")
    for head in ("中长期（实施期）指标值", "中期（实施期）指标值", "实施期（中长期）指标值"):
        f = tmp_path / "form.txt"
        f.write_text(text.replace("中长期（实施期）指标值", head), encoding="utf-8")
        ind = process_file(f).tables["indicators"]
        assert [(i["level3"], i["horizon"], i["target_raw"], i["note"]) for i in ind] == [
            ("培训人次", "long_term", "≥3000人次", None), ("培训人次", "annual", "≥1000人次", None),
            ("参训人员满意度", "long_term", "≥90%", None), ("参训人员满意度", "annual", "≥90%", None)], head


def test_a_level_share_in_a_period_and_year_money_matrix_is_a_source():
    """`资金来源 | 中期资金总额 | 年度资金总额` over `其中：中央补助 | 400 | 80` and `自治区本级 | 80 | 16` (内蒙古; also
    市级配套, 盟市配套): each a source line of the year's amount. 自治区本级 was an unparsed_row (its 160,000 元 lost, the
    document partial) though the same label in a one-column block is read."""
    r = _review("ct_s33_ay_source_row_zizhiqu_benji.txt")
    t = r.tables
    assert [(b["name"], b["amount"], b["kind"], b["note"]) for b in t["budget_items"]] == [
        ("中央补助", 800000.0, "source", "实施期：400"), ("自治区本级", 160000.0, "source", "实施期：80")]
    assert (t["projects"][0]["budget_total"], t["projects"][0]["budget_year"]) == (4800000.0, 960000.0)
    assert r.document["status"] == "ok" and not _codes(t, "unparsed_row")


def test_grade_after_the_conclusion_label(tmp_path):
    """`自评结论 | 优` closing a self-evaluation (广西): grade 优 (it was an unparsed_row, grade null); `绩效评价等级 | 良`
    the same (a grade label now); a conclusion written out gives its grade and stays in other_fields; one stating
    no grade gives none."""
    r = _review("ct_s33_ay_grade_after_zipingjielun.txt")
    p = r.tables["projects"][0]
    assert (p["grade"], p["score"], p["other_fields"]) == ("优", 99.5, None)
    assert r.document["status"] == "ok" and not _codes(r.tables, "unparsed_row")
    text = (REVIEW / "ct_s33_ay_grade_after_zipingjielun.txt").read_text(encoding="utf-8")
    for row, grade, other in (("绩效评价等级\t良", "良", None),
                              ("自评结论\t优（99.5分）", "优", {"自评结论": "优（99.5分）"}),
                              ("自评结论\t该项目自评得分99.5分，评价等级为优。", "优",
                               {"自评结论": "该项目自评得分99.5分，评价等级为优。"}),
                              ("自评结论\t项目完成了年度目标，成效明显", None, {"自评结论": "项目完成了年度目标，成效明显"})):
        f = tmp_path / "form.txt"
        f.write_text(text.replace("自评结论\t优", row), encoding="utf-8")
        r = process_file(f)
        p = r.tables["projects"][0]
        assert (p["grade"], json.loads(p["other_fields"]) if p["other_fields"] else None) == (grade, other), row
        assert not _codes(r.tables, "unparsed_row"), row


def test_a_nature_written_as_dingxing_zhibiao_is_no_target():
    """`定性指标 | 良好 |` under `指标性质 | 指标值 | 度量单位`: the target is 良好, the nature a note (it was the target
    `定性指标`, 良好 lost without a warning; `定性 | 良好` was read right)."""
    ind = _review("ct_s33_ay_nature_dingxing_zhibiao.txt").tables["indicators"]
    assert [(i["level3"], i["target_raw"], i["value"], i["unit"], i["note"]) for i in ind] == [
        ("培训人次", "1000人次", 1000, "人次", "指标性质：定量指标"),
        ("劳动者就业能力", "良好", None, None, "指标性质：定性指标"),
        ("参训人员满意度", "90%", 90, "%", "指标性质：定量指标")]


def test_a_nature_word_before_the_value_under_one_value_head():
    """`定性指标 | 良好` / `定量指标 | ≥90%` in a table whose head has 指标值 only: the value right of the word is no unit
    (良好, 显著, 有效 were read as a column of units and lost, the target the word)."""
    ind = _review("ct_s33_ay_nature_word_before_value.txt").tables["indicators"]
    assert [(i["level3"], i["target_raw"], i["value"], i["note"]) for i in ind] == [
        ("培训质量", "良好", None, "指标性质：定性指标"), ("劳动者就业能力", "显著", None, "指标性质：定性指标"),
        ("培训长效机制", "有效", None, "指标性质：定性"), ("满意度", "≥90%", 90, "指标性质：定量指标")]


def test_a_bare_satisfaction_name_beside_dingliang_zhibiao_is_kept():
    """`满意度指标 | 服务对象满意度指标 | 满意度 | 定量指标 | 90 | %`: the name is 满意度 (it was `定量指标`, 满意度 an
    unplaced_cell)."""
    t = _review("ct_s33_ay_level3_manyidu_nature.txt").tables
    assert [(i["level3"], i["target_raw"], i["note"]) for i in t["indicators"]] == [
        ("培训人次", "1000人次", "指标性质：定量指标"), ("满意度", "90%", "指标性质：定量指标")]
    assert not _codes(t, "unplaced_cell")


def test_a_percent_format_keeps_the_decimals_it_shows():
    """0.9 formatted `0.0%` shows `90.0%` (深圳, 黑龙江 workbooks): target_raw `≥90.0%` as the sheet writes it (it was
    `≥90%`); the value is the same."""
    ind = _review("ct_s33_ay_percent_format_decimals.xlsx").tables["indicators"]
    assert [(i["level3"], i["target_raw"], i["op"], i["value"], i["unit"]) for i in ind] == [
        ("培训合格率", "≥90.0%", ">=", 90, "%"), ("参训人员满意度", "≥95.5%", ">=", 95.5, "%")]
