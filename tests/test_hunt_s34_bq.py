"""Hunt BQ (text dumps of modern document converters: MinerU / magic-pdf Markdown with HTML tables and LaTeX
targets, marker and Docling Markdown, PP-StructureV3, Umi-OCR text, pdftotext -layout, LLM-cleaned Markdown):
tests/fixtures/review/ct_s34_bq_*, each read as the form says."""
from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.pipeline import process_file
from normalize.targets import split_target
from normalize.text import fold_width, read_latex

REVIEW = Path(__file__).parent / "fixtures" / "review"


def _t(name):
    return process_file(REVIEW / name).tables


def _targets(t):
    return [(i["level3"], i["op"], i["value"], i["unit"]) for i in t["indicators"]]


@pytest.mark.parametrize("raw, op, value, unit", [
    (r"$\geq 90\%$", ">=", 90.0, "%"),
    (r"$\geq 9 5 \%$", ">=", 95.0, "%"),              # MinerU writes each token apart
    (r"$\leq 5$ 个工作日", "<=", 5.0, "个工作日"),
    (r"$100 \%$", "=", 100.0, "%"),
    (r"$5 \%$", "=", 5.0, "%"),
    (r"\(\ge\) 95%", ">=", 95.0, "%"),
    (r"$\geqslant 200$ 项", ">=", 200.0, "项"),
    (r"$\mathbf{\geq} 80\%$", ">=", 80.0, "%"),
    (r"$\leq 70$ 万元", "<=", 700000.0, "元"),
    (r"2$\sim$4小时", "range", 2.0, "小时"),
])
def test_latex_targets_are_read_as_their_signs(raw, op, value, unit):
    """A converter that reads formulas writes a target's sign and number as inline math: the target was text only."""
    got = split_target(raw)
    assert (got.op, got.value, got.unit) == (op, value, unit)


def test_latex_that_is_no_target_math_stays_as_written():
    for s in ("$5 and $10", "$x^2$", r"$10^{4}$ 元", "US$ 100"):
        assert read_latex(s) == s
    assert fold_width(r"$3 0 ^ { \circ } \mathrm { C }$") == "30°C"


def test_mineru_declaration_latex_targets():
    """MinerU's HTML tables (rowspan / colspan) with `$\\geq 12$ 处`, `$\\leq 70$ 万元`, `\\(\\ge\\) 95%`: op, value and unit
    were null on every indicator but the date."""
    t = _t("ct_s34_bq_mineru_latex_decl.md")
    p = t["projects"][0]
    assert (p["year"], p["department"], p["department_code"], p["budget_year"], p["budget_fiscal"],
            p["budget_other"]) == (2024, "青山县水利局", "312", 8500000.0, 8000000.0, 500000.0)
    assert _targets(t) == [
        ("新建改造供水工程", ">=", 12.0, "处"), ("受益人口", ">=", 3.5, "万人"), ("工程验收合格率", "=", 100.0, "%"),
        ("工程完工时间", None, None, None), ("单处工程平均造价", "<=", 700000.0, "元"),
        ("农村自来水普及率", ">=", 90.0, "%"), ("工程良性运行年限", ">=", 10.0, "年"), ("受益群众满意度", ">=", 95.0, "%")]
    assert t["indicators"][0]["target_raw"] == r"$\geq 12$ 处"          # (as written)


def test_mineru_self_eval_latex_execution_rate():
    """`$9 7 . 7 4 \\%$` in the money matrix's 执行率 column: not kept (`unplaced_cell`), execution_rate null."""
    t = _t("ct_s34_bq_mineru_latex_self_eval.md")
    p = t["projects"][0]
    assert (p["budget_initial"], p["spent"], p["execution_rate"], p["score"]) == (12000000.0, 12315000.0, 0.9774, 96.27)
    assert "unplaced_cell" not in {w["code"] for w in t["warnings"]}
    assert _targets(t)[-1] == ("参保群众满意度", ">=", 90.0, "%")


def test_mineru_table_split_over_pages_latex():
    t = _t("ct_s34_bq_mineru_split_latex.md")
    assert [(i["level1"], i["level2"]) for i in t["indicators"]][3:6] == [
        ("产出指标", "时效指标"), ("产出指标", "时效指标"), ("产出指标", "成本指标")]
    assert _targets(t) == [
        ("运维系统数量", "=", 18.0, "个"), ("高频事项网办数量", ">=", 200.0, "项"), ("系统故障率", "<=", 0.5, "%"),
        ("故障响应时间", "<=", 30.0, "分钟"), ("工单办结时限", "<=", 5.0, "个工作日"),
        ("运维费用较上年降低", ">=", 5.0, "%"), ("企业群众办事跑动次数", "<=", 1.0, "次"),
        ("办事群众满意度", ">=", 95.0, "%")]


def test_markdown_block_quote_after_a_table_is_no_indicator():
    """`> 注：本表由系统导出后整理。` under the indicator table: a 9th indicator (target `> 注：…`, op `>`), unparsed_row."""
    t = _t("ct_s34_bq_llm_bold_blockquote.md")
    assert len(t["indicators"]) == 8
    assert all(i["target_raw"] is None or not i["target_raw"].startswith(">") for i in t["indicators"])
    assert "unparsed_row" not in {w["code"] for w in t["warnings"]}
    assert t["projects"][0]["budget_year"] == 24000000.0


def test_docling_filled_spans():
    """Docling writes a merged cell's text in every cell it spans: `项目资金（万元）` on each money row (the matrix was not
    read: budget_initial, spent, execution_rate null, a budget line `年度资金总额` of 96000 from `96%`) and `总分` over five
    columns (an indicator `总分`, the total score lost)."""
    t = _t("ct_s34_bq_docling_self_eval.md")
    p = t["projects"][0]
    assert (p["budget_initial"], p["spent"], p["execution_rate"], p["score"]) == (3000000.0, 2880000.0, 0.96, 97.6)
    assert [i["level3"] for i in t["indicators"]] == [
        "购置DR设备数量", "设备验收合格率", "设备到位时间", "基层影像检查服务人次", "就诊居民满意度"]
    assert all(b["name"] != "年度资金总额" for b in t["budget_items"])


def test_pdftotext_level1_on_a_wrapped_rows_second_line():
    """`| 社会效益指标 | 学生营养健康状况 |` over `效益指标 | | 改善情况 | 明显改善` (pdftotext -layout: the level 1 merged down,
    centred by height, on the wrapped row's second line): two indicators, the first under 产出指标 with no target."""
    t = _t("ct_s34_bq_pdftotext_decl_wrapped.txt")
    got = [(i["level1"], i["level2"], i["level3"], i["target_raw"]) for i in t["indicators"]]
    assert len(got) == 8
    assert got[5] == ("效益指标", "社会效益指标", "学生营养健康状况改善情况", "明显改善")
    assert got[6] == ("效益指标", "可持续影响指标", "学校食堂规范化管理水平", "持续提升")
    assert "target_missing" not in {w["code"] for w in t["warnings"]}


def test_pdftotext_money_matrix_label_on_its_first_row():
    """`年初预算数 | 全年预算数 …` with no block label, `项目资金（万元）` printed on the first money row beside
    `年度资金总额`: the matrix was not read (budget_initial, spent, execution_rate null)."""
    p = _t("ct_s34_bq_pdftotext_self_eval.txt")["projects"][0]
    assert (p["budget_initial"], p["budget_year"], p["spent"], p["execution_rate"]) == (
        5000000.0, 5200000.0, 5084000.0, 0.9777)


def test_guards_read_right():
    t = _t("ct_s34_bq_marker_decl.md")
    assert t["projects"][0]["budget_year"] == 3200000.0 and len(t["indicators"]) == 8
    assert t["indicators"][6]["level3"] == "基层文化阵地长效运行"
    t = _t("ct_s34_bq_umiocr_decl.txt")
    assert [i["level2"] for i in t["indicators"]] == ["数量指标", "数量指标", "质量指标", "时效指标", "成本指标",
                                                      "社会效益指标", "服务对象满意度指标"]
    a = _t("ct_s34_bq_ppstructure_assessment.md")["assessment_items"]
    assert [(x["section"], x["item_no"], x["kind"]) for x in a] == [
        ("组织领导", 1, "base"), ("组织领导", 2, "base"), ("质量提升", 3, "base"), ("质量提升", 4, "base"),
        ("扣分项", 5, "penalty"), ("加分项", 6, "bonus")]
    assert list(a[2]["responsible"]) == ["经济发展办公室", "市场监管所"]


def test_pdftotext_names_printed_around_their_rows():
    """pdftotext -layout of a 自评表 whose names and level-2 names take two lines, the row's other cells centred by
    height between them (`县乡道路日常养护` / `产出指标 数量指标 ≥320公里 …` / `里程`; `服务对象满` / row / `意度指标`), the
    三级指标 head centred over left-aligned names (`里程` was put in the 二级 column): 10 indicators for 7, names cut,
    a level 2 `沿线群众满意度意度指标`."""
    t = _t("ct_s34_bq_pdftotext_self_eval.txt")
    got = [(i["level1"], i["level2"], i["level3"], i["target_raw"], i["actual_raw"], i["weight"], i["score"])
           for i in t["indicators"]]
    assert got == [
        ("产出指标", "数量指标", "县乡道路日常养护里程", "≥320公里", "326公里", 20.0, 20.0),
        ("产出指标", "数量指标", "危桥改造数量", "≥4座", "4座", 10.0, 10.0),
        ("产出指标", "质量指标", "养护路段优良路率", "≥85%", "87.2%", 15.0, 15.0),
        ("产出指标", "时效指标", "养护工程完工及时率", "100%", "95%", 10.0, 9.0),
        ("效益指标", "社会效益指标", "群众出行时间缩短", "明显缩短", "明显缩短", 15.0, 15.0),
        ("效益指标", "可持续影响指标", "路网长效管养机制", "健全", "健全", 10.0, 10.0),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "93%", 10.0, 10.0)]
    assert t["indicators"][3]["deviation"] == "汛期影响工期"
    assert t["projects"][0]["score"] == 98.78
    assert "unparsed_row" not in {w["code"] for w in t["warnings"]}
