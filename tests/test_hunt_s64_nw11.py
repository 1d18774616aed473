"""Hunt nw11 (session 64): whole documents of sources thin among the fixtures (青岛, 厦门, 大连, 山西, 江苏, 深圳, 天津,
安徽, 贵州, 北京, 宁波, 江西) and kinds not yet common (a 街道办事处's three-level form with a 指标解释 column, 政府购买服务,
专项债券 of 专项债券额度 / 项目收益 / 偿债计划, 中期 beside 年度 targets, a 绩效评价报告's 评分表 of 权重 | 评分标准 | 得分 |
扣分原因, a hospital's and a university's 科研 projects, a 农业补贴 of 补贴标准 rows) as converters write them (pdftotext
-layout, Word's plain text, Excel's CSV, antiword's `|` cells, OCR of a skewed photo), and two documents of no form.
Fixtures ct_s64_nw11_* from tests/fixtures/review/make_s64_nw11.py; each reading was written down by hand, field by
field, before jixiao was run.
"""
from __future__ import annotations

import pytest

from tests.hunt_tools import indicator_targets, only_project, other_fields

W = 10_000


def _fields(p, *keys):
    return tuple(p.get(k) for k in keys)


def _annual(r):
    """The indicators of the year's horizon (a 中期 form gives one record per horizon)."""
    return [t for t, i in zip(indicator_targets(r), r.tables["indicators"]) if i["horizon"] == "annual"]


def _money(p):
    """The year's money as the form states it: its 年度资金总额 (budget_year) or its one total (budget_total)."""
    return {p["budget_year"], p["budget_total"]} - {None}


def test_qingdao_street_three_levels_word(read):
    """A 街道办事处's form in Word's plain text: the 指标解释 column no target, the year's money and its fiscal part."""
    r = read("ct_s64_nw11_qingdao_street_word.txt")
    p = only_project(r)
    assert _fields(p, "name", "year", "department", "unit") == (
        "八大关街道老旧小区综合整治项目", 2025, "青岛市市南区人民政府", "青岛市市南区人民政府八大关街道办事处")
    assert 1_260 * W in _money(p) and p["budget_fiscal"] == 1_200 * W
    t = indicator_targets(r)
    assert len(t) == 7
    assert t[0] == ("产出指标", "数量指标", "整治老旧小区数量", "=", 12.0, "个")
    assert t[1] == ("产出指标", "数量指标", "改造雨污管网长度", ">=", 3.5, "公里")
    assert t[4] == ("产出指标", "成本指标", "每平方米改造成本", "<=", 260.0, "元")


def test_xiamen_purchase_service_csv(read):
    """A 政府购买服务 form in Excel's CSV: 购买主体 the department, 承接主体 no unit of the budget, a comma in a target."""
    r = read("ct_s64_nw11_xiamen_purchase_service.csv")
    p = only_project(r)
    # (购买主体 the body that buys and spends: the unit, as the label list has it; the 承接主体 kept aside)
    assert _fields(p, "name", "year", "unit") == ("思明区居家社区养老服务政府购买项目", 2025, "厦门市思明区民政局")
    assert other_fields(p)["承接主体"] == "厦门市思明区颐养社会工作服务中心"
    assert 2_150.80 * W in _money(p) and p["budget_fiscal"] == 2_150.80 * W
    t = indicator_targets(r)
    assert len(t) == 6
    assert t[0] == ("产出指标", "数量指标", "服务老年人数", ">=", 3200.0, "人")
    assert t[1] == ("产出指标", "数量指标", "上门服务总时长", ">=", 150_000.0, "小时")
    assert t[3] == ("产出指标", "时效指标", "服务需求响应时间", "<=", 24.0, "小时")


def test_dalian_special_bond_layout(read):
    """A 专项债券 form through pdftotext -layout: the year's money, not the 总投资 nor the 额度; revenue a target."""
    r = read("ct_s64_nw11_dalian_special_bond_layout.txt")
    p = only_project(r)
    assert _fields(p, "name", "year", "department") == (
        "大连市甘井子区智慧冷链物流园区建设项目", 2025, "大连市甘井子区发展和改革局")
    assert p["budget_year"] == 30_000 * W
    t = indicator_targets(r)
    assert len(t) == 6
    assert t[0] == ("产出指标", "数量指标", "新建冷库库容", ">=", 5.0, "万吨")
    assert t[3] == ("效益指标", "经济效益指标", "年均运营收入", ">=", 6_430 * W, "元")
    assert t[4] == ("效益指标", "经济效益指标", "债券本息覆盖倍数", ">=", 1.2, "倍")


def test_shanxi_midterm_beside_year_layout(read):
    """中期 and 年度 money and targets side by side through pdftotext -layout, the money head row's empty cell lost in
    the rebuilt rows: the period's total budget_total, the year's budget_year and fiscal part; a record per horizon."""
    r = read("ct_s64_nw11_shanxi_midterm_layout.txt")
    p = only_project(r)
    assert _fields(p, "name", "department") == ("太原市小店区中小学校舍安全改造项目", "太原市小店区教育局")
    assert p["budget_total"] == 9_600 * W and p["budget_year"] == 3_200 * W and p["budget_fiscal"] == 3_200 * W
    assert len(r.tables["indicators"]) == 10
    t = _annual(r)
    assert len(t) == 5
    assert t[0] == ("产出指标", "数量指标", "加固校舍所数", "=", 16.0, "所")
    assert t[1] == ("产出指标", "数量指标", "加固校舍面积", ">=", 4.0, "万平方米")
    assert t[3] == ("效益指标", "社会效益指标", "校舍安全达标率", ">=", 95.0, "%")


def test_jiangxi_midterm_year_from_money_head(read):
    """`中期（2024-2026年） | 年度（2025年）` over the money rows, no year elsewhere: the year's side names the form's."""
    assert only_project(read("ct_s64_nw11_jiangxi_midterm.csv"))["year"] == 2025


def test_shanxi_midterm_year_in_goal_head(read):
    """The year only in the goal's head `年度目标（2025年）` beside `中期目标（2024-2026年）`: the form's, as the money's
    year head's is (hunt ti20)."""
    assert only_project(read("ct_s64_nw11_shanxi_midterm_layout.txt"))["year"] == 2025


def test_jiangsu_eval_scores_antiword(read):
    """A 评价报告's 评分表 through antiword: the project its title names, its rows scores (weights, scores, the
    扣分原因 each row's note), no indicator of a target and no warning (the weights add up to 100)."""
    r = read("ct_s64_nw11_jiangsu_eval_scores_antiword.txt")
    p = only_project(r)
    assert _fields(p, "name", "year") == ("常州市武进区农村生活污水治理项目", 2024)
    rows = [(s["level1"], s["level3"], s["weight"], s["score"], s["note"]) for s in r.tables["scores"]]
    assert len(rows) == 8 and r.tables["indicators"] == [] and r.tables["warnings"] == []
    assert rows[2] == ("过程", "预算执行率", 10.0, 9.0, "年末结余资金未及时清理")
    assert rows[5] == ("产出", "出水水质达标率", 15.0, 12.0, "3个站点出水不达标")
    assert rows[7] == ("效益", "村民满意度", 14.0, 13.0, None)


def test_shenzhen_hospital_research_word(read):
    """A hospital's 科研 project in Word's plain text: money labels with their amounts after a colon in one cell."""
    r = read("ct_s64_nw11_shenzhen_hospital_research_word.txt")
    p = only_project(r)
    assert _fields(p, "name", "department", "unit") == (
        "深圳市人民医院临床医学研究中心建设项目", "深圳市卫生健康委员会", "深圳市人民医院")
    assert 3_500 * W in _money(p) and p["budget_fiscal"] == 3_000 * W
    t = indicator_targets(r)
    assert len(t) == 7
    assert t[0] == ("产出指标", "数量指标", "发表SCI论文数", ">=", 30.0, "篇")
    assert t[3] == ("产出指标", "质量指标", "国家自然科学基金立项数", ">=", 6.0, "项")
    assert t[5] == ("效益指标", "社会效益指标", "科研成果临床转化数", ">=", 2.0, "项")


def test_tianjin_university_research_csv(read):
    """A university's 科研 project in Excel's CSV: the title's year, commas in the quoted amounts."""
    r = read("ct_s64_nw11_tianjin_university_research.csv")
    p = only_project(r)
    assert _fields(p, "name", "year", "department", "unit") == (
        "天津工业大学高水平学科建设科研专项", 2025, "天津市教育委员会", "天津工业大学")
    assert 4_860 * W in _money(p) and p["budget_fiscal"] == 4_860 * W
    t = indicator_targets(r)
    assert len(t) == 6
    assert t[0] == ("产出指标", "数量指标", "承担省部级以上科研项目数", ">=", 40.0, "项")
    assert t[1] == ("产出指标", "数量指标", "发表高水平学术论文", ">=", 120.0, "篇")
    assert t[4] == ("效益指标", "可持续影响指标", "学科评估排名提升", ">=", 1.0, "位次")


def test_anhui_agri_subsidy_ocr_skew(read):
    """A 耕地地力保护补贴 form through OCR of a skewed photo: two rows run into one line, the 补贴标准 row no money."""
    r = read("ct_s64_nw11_anhui_agri_subsidy_ocr.txt")
    p = only_project(r)
    assert _fields(p, "name", "year", "department") == ("阜南县耕地地力保护补贴项目", 2025, "阜南县农业农村局")
    assert 98_765_400 in {round(m) for m in _money(p)} and round(p["budget_fiscal"]) == 98_765_400
    t = indicator_targets(r)
    assert len(t) == 7
    assert t[0] == ("产出指标", "数量指标", "补贴面积", ">=", 94.0, "万亩")
    assert t[1] == ("产出指标", "数量指标", "补贴农户数", ">=", 18.0, "万户")
    assert t[4] == ("产出指标", "成本指标", "补贴标准", "=", 105.0, "元/亩")


def test_guizhou_purchase_antiword(read):
    """A 政府购买服务 form through antiword's ragged `|` cells."""
    r = read("ct_s64_nw11_guizhou_purchase_antiword.txt")
    p = only_project(r)
    assert _fields(p, "name", "year", "unit") == ("遵义市汇川区城市道路清扫保洁服务", 2025, "遵义市汇川区综合行政执法局")
    assert other_fields(p)["承接主体"] == "贵州净城环境服务有限公司"
    assert 1_680 * W in _money(p) and p["budget_fiscal"] == 1_680 * W
    t = indicator_targets(r)
    assert len(t) == 5
    assert t[0] == ("产出指标", "数量指标", "清扫保洁面积", ">=", 420.0, "万平方米")
    assert t[1] == ("产出指标", "质量指标", "道路机械化清扫率", ">=", 85.0, "%")
    assert t[3] == ("效益指标", "生态效益指标", "城区道路扬尘投诉下降率", ">=", 10.0, "%")


def test_beijing_street_layout(read):
    """A 街道办事处's form of 指标解释 through pdftotext -layout: the explanation column no part of the target."""
    r = read("ct_s64_nw11_beijing_street_layout.txt")
    p = only_project(r)
    assert _fields(p, "name", "year", "unit") == (
        "朝阳区望京街道社区养老驿站运营补贴", 2025, "北京市朝阳区人民政府望京街道办事处")
    assert 365 * W in _money(p) and p["budget_fiscal"] == 365 * W
    t = indicator_targets(r)
    assert len(t) == 5
    assert t[0] == ("产出指标", "数量指标", "运营养老驿站数量", "=", 8.0, "家")
    assert t[1] == ("产出指标", "数量指标", "助餐服务人次", ">=", 60_000.0, "人次")
    assert t[4] == ("满意度指标", "服务对象满意度指标", "老年人满意度", ">=", 90.0, "%")


def test_ningbo_special_bond_word(read):
    """A 专项债券 form in Word's plain text: the year's money and its bond part; the 额度 no budget of the year."""
    r = read("ct_s64_nw11_ningbo_special_bond_word.txt")
    p = only_project(r)
    assert _fields(p, "name", "department", "unit") == (
        "宁波市北仑区梅山污水处理厂扩建工程", "宁波市北仑区住房和城乡建设局", "宁波市北仑区水务集团有限公司")
    assert p["budget_year"] == 12_000 * W
    t = indicator_targets(r)
    assert len(t) == 5
    assert t[0] == ("产出指标", "数量指标", "新增污水日处理能力", ">=", 5.0, "万吨/日")
    assert t[2] == ("效益指标", "经济效益指标", "年污水处理费收入", ">=", 3_250 * W, "元")
    assert t[3] == ("效益指标", "生态效益指标", "COD年削减量", ">=", 5000.0, "吨")


def test_jiangxi_midterm_csv(read):
    """中期 and 年度 money and targets side by side in Excel's CSV: the year's side the budget; a record per horizon."""
    r = read("ct_s64_nw11_jiangxi_midterm.csv")
    p = only_project(r)
    assert _fields(p, "name", "department") == ("赣州市章贡区城区供水管网改造项目", "赣州市章贡区城市管理局")
    assert p["budget_total"] == 6_300 * W and p["budget_year"] == 2_100 * W and p["budget_fiscal"] == 2_000 * W
    t = _annual(r)
    assert len(t) == 4 and len(r.tables["indicators"]) == 8
    assert t[0] == ("产出指标", "数量指标", "改造供水管网长度", ">=", 30.0, "公里")
    assert t[1] == ("产出指标", "质量指标", "管网漏损率", "<=", 10.0, "%")
    assert t[2] == ("效益指标", "社会效益指标", "受益居民户数", ">=", 15_000.0, "户")


def test_qingdao_agri_machinery_word(read):
    """A 农机购置补贴 form in Word's plain text: the 补贴标准 rows (`每台补贴3.2万元`) no money of the project."""
    r = read("ct_s64_nw11_qingdao_agri_machinery_word.txt")
    p = only_project(r)
    assert _fields(p, "name", "year", "department", "unit") == (
        "即墨区农机购置与应用补贴项目", 2025, "青岛市即墨区农业农村局", "青岛市即墨区农业机械服务中心")
    assert 2_380 * W in _money(p) and p["budget_fiscal"] == 2_380 * W
    t = indicator_targets(r)
    assert len(t) == 5
    assert t[0] == ("产出指标", "数量指标", "补贴机具数量", ">=", 1500.0, "台")
    assert t[1] == ("产出指标", "数量指标", "受益农户数", ">=", 1200.0, "户")
    assert t[3] == ("效益指标", "社会效益指标", "主要农作物耕种收综合机械化率", ">=", 92.0, "%")


def test_tianjin_street_ocr_skew(read):
    """A 街道办事处's form through OCR of a skewed photo, two money rows run into one line, a 指标解释 column."""
    r = read("ct_s64_nw11_tianjin_street_ocr.txt")
    p = only_project(r)
    assert _fields(p, "name", "year", "department") == (
        "河西区友谊路街道网格化服务管理经费", 2025, "天津市河西区人民政府友谊路街道办事处")
    assert 218.6 * W in {round(m, 2) for m in _money(p)} and round(p["budget_fiscal"], 2) == 218.6 * W
    t = indicator_targets(r)
    assert len(t) == 4
    assert t[0] == ("产出指标", "数量指标", "网格员配备人数", ">=", 72.0, "人")
    assert t[1] == ("产出指标", "质量指标", "事件按时处置率", ">=", 95.0, "%")
    assert t[3] == ("满意度指标", "服务对象满意度指标", "居民满意度", ">=", 90.0, "%")


@pytest.mark.parametrize("name", [
    "ct_s64_nw11_noform_training_deck.txt",
    "ct_s64_nw11_noform_execution_bulletin.txt"])
def test_no_form_no_project(read, name):
    """A training deck's example (its case line `示例：…` among the slide's rows, no name, money or body) and a 执行情况
    通报's money table are no form: no project, no indicator."""
    r = read(name)
    assert r.tables["projects"] == [] and r.tables["indicators"] == []
