"""Hunt BH (session of 2026-12-03, second): 2014–2019 provincial, county and central (财预〔2015〕88号) target forms and
forms whose goals are prose (inputs in tests/fixtures/review/ct_s34_bh_*)."""
from __future__ import annotations

from pathlib import Path

from jixiao.pipeline import process_file

REVIEW = Path(__file__).parent / "fixtures" / "review"


def _review(name):
    return process_file(REVIEW / name)


def _inds(t):
    return [(i["level1"], i["level2"], i["level3"], i["target_raw"], i["op"], i["value"], i["unit"])
            for i in t["indicators"]]


def test_a_two_column_indicator_table_of_level_rows_and_combined_cells():
    """`产出指标` alone on a row over `数量指标 | 培训人数不少于500人次` (a 2014 form, no header row): no indicator was read
    (no_indicators); now each row is an indicator under its level 1 and level 2, its name and target split at the
    operator word or the quantity ending it, a sentence with no single quantity kept whole as the name."""
    r = _review("ct_s34_bh_two_column_levels.txt")
    t = r.tables
    assert r.document["status"] == "ok"
    assert _inds(t) == [
        ("产出指标", "数量指标", "培训人数", "不少于500人次", ">=", 500.0, "人次"),
        ("产出指标", "质量指标", "培训考核合格率", "95%以上", ">=", 95.0, "%"),
        ("产出指标", "时效指标", "2014年11月底前完成全部培训", None, None, None, None),
        ("产出指标", "成本指标", "人均培训费用", "不超过1600元", "<=", 1600.0, "元"),
        ("效果指标", "社会效益指标", "基层农技推广服务能力明显提升", None, None, None, None),
        ("效果指标", "可持续影响指标", "建立农技人员常态化培训机制", None, None, None, None),
        ("效益指标", "经济效益指标", "示范户主导品种良种覆盖率", "达到95%", ">=", 95.0, "%"),
        ("效益指标", "服务对象满意度指标", "参训人员满意度", "不低于90%", ">=", 90.0, "%")]
    assert [i["level1_std"] for i in t["indicators"]][-2:] == ["outcome", "satisfaction"]
    assert not [w for w in t["warnings"] if w["code"] in ("no_indicators", "target_missing", "unparsed_row")]
    assert t["projects"][0]["budget_total"] == 800_000


def test_level2_and_target_in_one_cell_beside_a_merged_level1_pdf_and_workbook():
    """`产出指标 | 数量指标：加固改造校舍面积不少于3.5万平方米`, then `质量指标：…` alone under the merged level 1 (a PDF, and a
    workbook of two sheets): nothing was read; now the level 2 before the colon, the name and target after it."""
    t = _review("ct_s34_bh_level2_colon_cells.pdf").tables
    assert _inds(t) == [
        ("产出指标", "数量指标", "加固改造校舍面积", "不少于3.5万平方米", ">=", 3.5, "万平方米"),
        ("产出指标", "质量指标", "工程质量验收合格率", "100%", "=", 100.0, "%"),
        ("产出指标", "时效指标", "2014年8月31日前完工", None, None, None, None),
        ("效益指标", "社会效益指标", "消除D级危房面积", "2.1万平方米", "=", 2.1, "万平方米"),
        ("效益指标", "可持续影响指标", "校舍安全长效机制基本建立", None, None, None, None),
        ("满意度指标", "服务对象满意度指标", "师生家长满意度", "≥90%", ">=", 90.0, "%")]
    r = _review("ct_s34_bh_level2_colon_two_sheets.xlsx")
    t = r.tables
    assert [(p["name"], p["budget_total"]) for p in t["projects"]] == [
        ("城乡居民最低生活保障", 36_000_000), ("高龄老人津贴", 9_600_000)]
    by = {p["project_id"]: p["name"] for p in t["projects"]}
    assert [(by[i["project_id"]], i["level2"], i["level3"], i["target_raw"]) for i in t["indicators"]] == [
        ("城乡居民最低生活保障", "数量指标", "保障城乡低保对象", "2.3万人"),
        ("城乡居民最低生活保障", "质量指标", "低保金发放准确率", "100%"),
        ("城乡居民最低生活保障", "时效指标", "每月10日前发放到位", None),
        ("城乡居民最低生活保障", "社会效益指标", "困难群众基本生活得到保障", None),
        ("城乡居民最低生活保障", "服务对象满意度指标", "低保对象满意度", "≥90%"),
        ("高龄老人津贴", "数量指标", "发放高龄津贴人数", "不少于1.6万人"),
        ("高龄老人津贴", "成本指标", "人均每月", "50元"),
        ("高龄老人津贴", "社会效益指标", "老年人获得感明显增强", None)]


def test_category_rows_and_level1_subhead_rows():
    """`指标类别 | 指标内容` over `产出指标 | 抽检批次不少于3000批次`, and `绩效指标 | 一、产出指标` over `保洁面积 | 180万平方米`
    rows (`二、效益指标`, `三、满意度指标` between them): the indicators were lost (no_indicators, unparsed rows)."""
    r = _review("ct_s34_bh_category_rows.txt")
    assert r.document["status"] == "ok"
    assert _inds(r.tables) == [
        ("产出指标", None, "抽检批次", "不少于3000批次", ">=", 3000.0, "批次"),
        ("产出指标", None, "不合格食品核查处置率", "100%", "=", 100.0, "%"),
        ("效果指标", None, "抽检合格率", "≥97%", ">=", 97.0, "%"),
        ("效果指标", None, "群众食品安全满意度", "≥80%", ">=", 80.0, "%")]
    r = _review("ct_s34_bh_subhead_rows_schedule.txt")
    assert r.document["status"] == "ok"
    assert [(i["level1"], i["level3"], i["target_raw"]) for i in r.tables["indicators"]] == [
        ("产出指标", "保洁面积", "180万平方米"), ("产出指标", "道路机扫率", "≥60%"), ("产出指标", "作业质量考核优良率", "≥90%"),
        ("效益指标", "城区环境卫生状况", "明显改善"), ("满意度指标", "市民满意度", "≥85%")]


def test_a_plan_written_as_a_schedule_table():
    """`项目实施进度计划 | 时间 | 工作内容` over `| 2017年3月前 | 完成…` rows: the plan was the head's word 时间 and the rows
    unparsed; now the rows' texts (and, when the first row stands beside the label, that row too)."""
    r = _review("ct_s34_bh_schedule_rows.txt")
    assert r.document["status"] == "ok"
    assert r.tables["projects"][0]["plan"] == (
        "2017年3月前 完成培训对象遴选和培训机构认定；2017年4月至10月 分产业开展集中培训和田间实训；"
        "2017年11月至12月 开展认定考核，总结验收")
    p = _review("ct_s34_bh_subhead_rows_schedule.txt").tables["projects"][0]
    assert p["plan"] == "2016年1月 完成服务采购合同续签；2016年1月—12月 按合同组织作业并按月考核；2016年12月 年度考核结算"


def test_a_breakdown_total_is_the_projects_money_when_nothing_else_states_it():
    """`项目预算（万元） | 明细 | 金额 | 测算依据` lines and `合计 | 500` (a workbook; a Word table in 元): the form's only total
    was lost; now budget_total, in the breakdown's unit. The lines as before."""
    p = _review("ct_s34_bh_breakdown_total.xlsx").tables["projects"][0]
    assert (p["budget_total"], p["budget_year"]) == (5_000_000, None)
    r = _review("ct_s34_bh_breakdown_total_yuan.docx")
    assert r.tables["projects"][0]["budget_total"] == 3_000_000
    assert [b["amount"] for b in r.tables["budget_items"]] == [1_680_000, 950_000, 370_000]
    p = _review("ct_s34_bh_subhead_rows_schedule.txt").tables["projects"][0]
    assert p["budget_total"] == 7_560_000


def test_money_label_with_its_amount_first_and_prose_goals_give_no_indicators():
    """`项目资金（万元） | 286.5 | 其中：财政资金 | 286.5` (the label first on its row): the amount was lost; now
    budget_total. A goal written as a paragraph (`绩效目标：1.产出目标：…；2.效益目标：…`, and 长期目标 / 年度目标 rows of
    numbered paragraphs) is the goal, no indicator made of it (the contract's indicators are rows of a table)."""
    t = _review("ct_s34_bh_prose_goal_money_label.txt").tables
    p = t["projects"][0]
    assert (p["budget_total"], p["budget_fiscal"]) == (2_865_000, 2_865_000)
    assert p["goal_annual"].startswith("1.产出目标：完成农村生活垃圾收集点建设不少于30个")
    assert t["indicators"] == []
    t = _review("ct_s34_bh_prose_long_annual.docx").tables
    p = t["projects"][0]
    assert (p["budget_total"], p["budget_fiscal"]) == (60_000_000, 60_000_000)
    assert p["goal_total"].startswith("1.产出目标：到2020年") and p["goal_annual"].startswith("1.产出目标：2019年")
    assert t["indicators"] == []


def test_central_long_and_annual_rows_guard():
    """A 财预〔2015〕88号 form with 长期绩效目标 / 年度绩效目标 rows and 长期 / 年度 indicator blocks (read right before: a
    guard for the two-column reading, which leaves tables with a header alone)."""
    t = _review("ct_s34_bh_central88_long_annual_rows.txt").tables
    p = t["projects"][0]
    assert (p["department"], p["department_code"], p["budget_total"], p["budget_year"], p["budget_fiscal"]) == (
        "国家林业局", "169", 45_000_000, 15_000_000, 14_000_000)
    assert [i["horizon"] for i in t["indicators"]] == ["long_term"] * 6 + ["annual"] * 6
    assert t["indicators"][8]["value"] == 450_000 and t["indicators"][8]["unit"] == "元"
