"""Session 34, helper bn: declaration and self-evaluation forms whose fields stand in unusual places and orders, read by
the general parser (tests/fixtures/review/ct_s34_bn_*; expectations written by hand from the forms).

Faults fixed: levels written before an indicator's name (`产出-数量-培训人次`, `【产出指标/数量指标】…`, `产出/质量/…`,
`产出指标>数量指标>…`, `指标1：【产出指标-数量指标】…`) were left in the name with no level 1 / 2 (or read as the level 1,
the name lost); `效益指标——社会效益指标` (a doubled dash) and `产出指标` over `数量指标` in one cell were no level pair; a
年度 | 中长期 side-by-side indicator table under `年度绩效指标 | 中长期绩效指标` titles gave no horizon (and an unparsed
row); label-over-value rows (`项目名称` / its name / `主管部门` / …) lost the name, department, unit and money; a total
row numbered in the 序号 column (`7 | 自评总分 | 90`) was read as an indicator and the score lost.
The guards (indicators before the fields, columns reversed, a draft then the final, a PDF) read right before and after.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.pipeline import process_file
from parsers.tables import _split_level_prefix, _split_levels
from extract.grid import Cell

REVIEW = Path(__file__).parent / "fixtures" / "review"
W = 10000.0


def _read(name):
    r = process_file(REVIEW / name)
    assert r.document["status"] == "ok", [w["message"] for w in r.tables["warnings"]]
    return r


def _levels(r):
    return [(i["level1"], i["level2"], i["level3"], i["target_raw"]) for i in r.tables["indicators"]]


@pytest.mark.parametrize("text, want", [
    ("产出-数量-培训人次", ("产出", "数量", "培训人次")),
    ("【产出指标/数量指标】提升改造重点村数量", ("产出指标", "数量指标", "提升改造重点村数量")),
    ("产出/质量/苗木成活率", ("产出", "质量", "苗木成活率")),
    ("满意度-服务对象满意度-参训学员满意度", ("满意度", "服务对象满意度", "参训学员满意度")),
    ("产出指标>数量指标>新建健身路径", ("产出指标", "数量指标", "新建健身路径")),
    ("[产出指标][数量指标]巡查次数", ("产出指标", "数量指标", "巡查次数")),
    ("指标1：【产出指标-数量指标】培育农业科技示范主体", ("产出指标", "数量指标", "指标1：培育农业科技示范主体")),
])
def test_levels_before_a_name_are_split(text, want):
    parts = _split_level_prefix(Cell(0, 0, text))
    assert parts is not None and tuple(c.text for c in parts) == want


@pytest.mark.parametrize("text", [
    "培训人次", "产出指标-数量指标", "PM2.5-年均浓度-达标", "二氧化硫-氮氧化物-减排量", "产出-数量-≥300人",
    "社会效益-经济效益-对比分析",   # (the first part no level 1)
    "【2024年】培训人次",
])
def test_names_without_level_prefixes_stay_whole(text):
    assert _split_level_prefix(Cell(0, 0, text)) is None


@pytest.mark.parametrize("text, want", [
    ("效益指标——社会效益指标", ("效益指标", "社会效益指标")),
    ("产出指标\n数量指标", ("产出指标", "数量指标")),
    ("产出指标—数量指标", ("产出指标", "数量指标")),
])
def test_level_pairs_in_one_cell(text, want):
    assert tuple(c.text for c in _split_levels([Cell(0, 0, text)])) == want


def test_dash_prefixed_names_xlsx():
    r = _read("ct_s34_bn_levels_dash_prefix.xlsx")
    assert _levels(r)[0] == ("产出", "数量", "培训人次", "≥3000人次")
    assert _levels(r)[3] == ("成本", "经济成本", "人均培训补贴标准", "≤700元/人")
    assert [i["level1_std"] for i in r.tables["indicators"]] == ["output", "output", "output", "output", "outcome",
                                                                  "satisfaction"]
    assert r.tables["indicators"][1]["note"] == "取得职业技能等级证书"


def test_bracket_prefixed_names_docx():
    r = _read("ct_s34_bn_levels_bracket_prefix.docx")
    assert _levels(r) == [
        ("产出指标", "数量指标", "提升改造重点村数量", "=8个"), ("产出指标", "数量指标", "新建旅游厕所", "≥12座"),
        ("产出指标", "质量指标", "工程验收合格率", "100%"), ("产出指标", "时效指标", "完工时间", "2025年10月31日前"),
        ("效益指标", "经济效益指标", "重点村年接待游客量增长率", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%")]


def test_arrow_prefixed_names_docx():
    r = _read("ct_s34_bn_levels_arrow_prefix.docx")
    assert [x[:3] for x in _levels(r)][:2] == [("产出指标", "数量指标", "新建健身路径"),
                                               ("产出指标", "数量指标", "新建多功能运动场")]
    assert _levels(r)[4] == ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%")


def test_numbered_bracket_prefixed_names_txt():
    r = _read("ct_s34_bn_numbered_prefixed_names.txt")
    assert [x[:3] for x in _levels(r)] == [
        ("产出指标", "数量指标", "培育农业科技示范主体"), ("产出指标", "数量指标", "建设农业科技示范基地"),
        ("产出指标", "质量指标", "主推技术到位率"), ("效益指标", "经济效益指标", "示范主体亩均增收"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度")]


def test_slash_prefixed_names_self_eval_docx():
    r = _read("ct_s34_bn_self_eval_slash_prefix.docx")
    got = [(i["level1"], i["level2"], i["level3"], i["target_raw"], i["actual_raw"], i["weight"], i["score"])
           for i in r.tables["indicators"]]
    assert got == [("产出", "数量", "绿地养护面积", "≥420万平方米", "426万平方米", 25.0, 25.0),
                   ("产出", "质量", "苗木成活率", "≥95%", "96.3%", 25.0, 25.0),
                   ("效益", "生态效益", "城区绿化覆盖率", "≥41%", "41.6%", 30.0, 30.0),
                   ("满意度", "服务对象满意度", "市民满意度", "≥90%", "91%", 10.0, 10.0)]
    assert not [w for w in r.tables["warnings"] if w["code"] in ("unparsed_row", "unplaced_cell")]


def test_level_pair_with_a_doubled_dash():
    r = _read("ct_s34_bn_level12_double_dash.txt")
    assert _levels(r)[4] == ("效益指标", "社会效益指标", "校园安全责任事故", "0起")
    assert r.tables["indicators"][4]["level1_std"] == "outcome"
    p = r.tables["projects"][0]
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (336 * W, 336 * W, 0.0)


def test_level_pair_on_two_lines_of_one_cell():
    r = _read("ct_s34_bn_level12_two_lines.docx")
    assert [x[:3] for x in _levels(r)] == [
        ("产出指标", "数量指标", "河湖巡查次数"), ("产出指标", "质量指标", "“四乱”问题整改率"),
        ("效益指标", "生态效益指标", "河湖水质达标率"), ("满意度指标", "服务对象满意度指标", "沿河群众满意度")]


@pytest.mark.parametrize("name", ["ct_s34_bn_annual_long_halves.txt", "ct_s34_bn_annual_long_halves.pdf"])
def test_annual_and_long_term_halves_side_by_side(name):
    r = _read(name)
    got = sorted((i["level3"], i["horizon"], i["target_raw"]) for i in r.tables["indicators"])
    assert got == sorted([
        ("生态修复岸线长度", "annual", "≥6公里"), ("生态修复岸线长度", "long_term", "≥18公里"),
        ("断面水质达标率", "annual", "≥90%"), ("断面水质达标率", "long_term", "≥95%"),
        ("水生生物多样性", "annual", "逐步恢复"), ("水生生物多样性", "long_term", "明显恢复"),
        ("沿岸群众满意度", "annual", "≥85%"), ("沿岸群众满意度", "long_term", "≥90%")])
    assert not [w for w in r.tables["warnings"] if w["code"] == "unparsed_row"]
    p = r.tables["projects"][0]
    assert (p["budget_total"], p["budget_year"]) == (2400 * W, 800 * W)


@pytest.mark.parametrize("name", ["ct_s34_bn_stacked_label_rows.xlsx", "ct_s34_bn_stacked_label_rows.txt"])
def test_labels_stacked_over_their_values(name):
    p = _read(name).tables["projects"][0]
    assert (p["name"], p["department"], p["unit"], p["budget_total"]) == (
        "临武县城区道路路灯节能改造", "临武县住房和城乡建设局", "临武县市政设施维护中心", 328.5 * W)
    assert p["goal_annual"] == "完成城区2100盏路灯LED节能改造，年节约用电30%以上。"


def test_prefixed_names_under_empty_level_columns():
    r = _read("ct_s34_bn_prefix_empty_level_cols.txt")
    assert [x[:3] for x in _levels(r)] == [
        ("产出指标", "数量指标", "新建社区嵌入式服务设施"), ("产出指标", "时效指标", "设施投入使用时间"),
        ("满意度指标", "服务对象满意度指标", "社区居民满意度")]


def test_money_section_label_stacked_over_its_amount():
    p = _read("ct_s34_bn_stacked_colon_labels.txt").tables["projects"][0]
    assert (p["name"], p["department"], p["unit"], p["budget_total"]) == (
        "沅江市洞庭湖区血吸虫病综合防治", "沅江市卫生健康局", "沅江市血吸虫病防治所", 156 * W)


def test_total_row_numbered_in_the_seq_column():
    r = _read("ct_s34_bn_numbered_total_row.xlsx")
    assert r.tables["projects"][0]["score"] == 90.0
    assert [i["level3"] for i in r.tables["indicators"]] == ["帮扶困难退役军人人数", "帮扶资金发放及时率", "帮扶对象满意度"]


# ---------------------------------------------------------------- guards (read right before the fixes too)

def test_guard_indicators_first_columns_reversed():
    r = _read("ct_s34_bn_indicators_first_reversed.txt")
    assert _levels(r)[0] == ("产出指标", "数量指标", "基层医务人员培训人次", "≥1200人次")
    assert _levels(r)[4] == ("效益指标", "社会效益指标", "基层诊疗服务能力", "逐步提升")
    p = r.tables["projects"][0]
    assert (p["name"], p["department"], p["budget_total"], p["budget_other"]) == (
        "2025年基层卫生人才能力提升培训", "郴州市卫生健康委员会", 96 * W, None)


def test_guard_pdf_indicators_first_permuted():
    r = _read("ct_s34_bn_indicators_first_permuted.pdf")
    assert _levels(r)[2] == ("效益指标", "社会效益指标", "主干道高峰期平均车速", "提高10%")
    p = r.tables["projects"][0]
    assert (p["name"], p["unit"], p["budget_total"]) == ("城区公共停车设施建设", "益阳市城市建设投资服务中心", 1260 * W)


def test_guard_self_eval_all_columns_reversed():
    r = _read("ct_s34_bn_self_eval_all_reversed.xlsx")
    got = [(i["level3"], i["target_raw"], i["actual_raw"], i["weight"], i["score"]) for i in r.tables["indicators"]]
    assert got[2] == ("学生营养健康水平", "明显提高", "有所提高", 30.0, 27.0)
    p = r.tables["projects"][0]
    assert (p["budget_year"], p["spent"], p["execution_rate"]) == (3600 * W, 3564 * W, 0.99)


def test_guard_draft_then_final():
    r = _read("ct_s34_bn_draft_then_final.txt")
    assert [p["budget_total"] for p in r.tables["projects"]] == [90 * W, 120 * W]
    assert [i["target_raw"] for i in r.tables["indicators"]] == ["≥15个", "≥85%", "≥20个", "≥90%"]
