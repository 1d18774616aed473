"""Hunt nw9 (session 63): whole documents of sources not yet among the fixtures (陕西, 山东, 甘肃, 广西, 重庆, 黑龙江,
天津, 云南, 新疆, 内蒙古, 福建, 辽宁, 吉林, 青海, 江西, 海南, 河南, 宁夏, 山西) and kinds (部门整体, 政府性基金, 中央对地方
转移支付区域绩效目标表, 自评表 of 偏差原因分析 / 改进措施, 绩效运行监控表, a 乡镇's 整体自评, a school's 专项资金) as
converters write them (html2text, mutool draw -F txt, LibreOffice's tab export, OCR of a photo, a WeChat copy), and
three documents of no form. Fixtures ct_s63_nw9_* from tests/fixtures/review/make_s63_nw9.py; each reading was
written down by hand, field by field, before jixiao was run.
"""
from __future__ import annotations

import pytest

from tests.hunt_tools import indicator_targets, only_project, other_fields

W = 10_000


def _fields(p, *keys):
    return tuple(p.get(k) for k in keys)


def _money(p):
    """The year's money as the form states it: its 年度资金总额 (budget_year) or its one total (budget_total)."""
    return {p["budget_year"], p["budget_total"]} - {None}


def test_shaanxi_dept_whole_html2text(read):
    """A 部门整体 form on a web page through html2text: no project, the body, its year's money and indicators."""
    r = read("ct_s63_nw9_shaanxi_dept_whole_html2text.md")
    p = only_project(r)
    assert p["name"] is None and "宝鸡市凤翔区农业农村局" in (p["department"], p["unit"]) and p["year"] == 2025
    assert 3_856.42 * W in _money(p) and p["budget_fiscal"] == 3_512.30 * W
    t = indicator_targets(r)
    assert len(t) == 5
    assert t[0] == ("产出指标", "数量指标", "新建高标准农田面积", ">=", 1.2, "万亩")
    assert t[1] == ("产出指标", "质量指标", "重大动物疫病免疫密度", ">=", 90.0, "%")
    assert t[3] == ("效益指标", "社会效益指标", "粮食综合生产能力提升", ">=", 500.0, "万斤")


def test_shandong_gov_fund_lo_tabs(read):
    """A 政府性基金 form in LibreOffice's tabs: the fund money the year's, merged level cells filled."""
    r = read("ct_s63_nw9_shandong_gov_fund_lo_tabs.txt")
    p = only_project(r)
    assert _fields(p, "name", "year", "department", "unit") == (
        "淄博市张店区城市基础设施配套费支出项目", 2025, "淄博市张店区住房和城乡建设局", "淄博市张店区市政工程服务中心")
    assert 6_200 * W in _money(p)
    t = indicator_targets(r)
    assert len(t) == 6
    assert t[0] == ("产出指标", "数量指标", "改造市政道路条数", "=", 8.0, "条")
    assert t[1] == ("产出指标", "数量指标", "新建雨污分流管网长度", ">=", 15.0, "公里")
    assert t[4] == ("效益指标", "社会效益指标", "城区积水点消除数量", ">=", 12.0, "处")


def test_gansu_transfer_region_mutool(read):
    """A 中央对地方转移支付区域绩效目标表 through mutool: the transfer its name, 财政部 the department, the year's
    money of the 中央 and 地方 parts."""
    r = read("ct_s63_nw9_gansu_transfer_region_mutool.txt")
    p = only_project(r)
    assert _fields(p, "name", "year", "department") == ("农村综合改革转移支付", 2025, "财政部")
    assert 42_600 * W in _money(p)
    t = indicator_targets(r)
    assert len(t) == 5
    assert t[1] == ("产出指标", "数量指标", "扶持村级集体经济村数", ">=", 300.0, "个")
    assert t[3] == ("效益指标", "经济效益指标", "扶持村集体经济年收入", ">=", 100_000.0, "元")
    assert t[4] == ("满意度指标", "服务对象满意度指标", "受益群众满意度", ">=", 90.0, "%")


def test_guangxi_self_eval_deviation_tabs(read):
    """A 自评表 of tabs: the money matrix, the total score, the 偏差原因分析及改进措施 column each row's deviation."""
    r = read("ct_s63_nw9_guangxi_self_eval_deviation_tabs.txt")
    p = only_project(r)
    assert _fields(p, "name", "year", "department", "unit") == (
        "南宁市武鸣区农村饮水安全巩固提升工程", 2024, "南宁市武鸣区水利局", "南宁市武鸣区农村饮水安全管理站")
    assert _fields(p, "budget_initial", "budget_year", "spent", "budget_fiscal", "score") == (
        1_200 * W, 1_150 * W, 1_104 * W, 1_150 * W, 87.6)
    t = indicator_targets(r)
    assert len(t) == 5 and t[1] == ("产出指标", "数量指标", "改造供水管网长度", ">=", 40.0, "公里")
    ind = r.tables["indicators"]
    assert (ind[1]["actual_raw"], ind[1]["score"]) == ("36公里", 13.0)
    assert ind[1]["deviation"] == "部分路段征地滞后；下年度提前协调用地" and ind[0]["deviation"] is None


def test_chongqing_monitor_html2text(read):
    """A 绩效运行监控表 on a web page: 年初预算数 the year's budget, indicators of no 二级 column."""
    r = read("ct_s63_nw9_chongqing_monitor_html2text.md")
    p = only_project(r)
    assert _fields(p, "name", "year", "department", "unit") == (
        "綦江区城乡居民医疗救助补助资金", 2025, "重庆市綦江区医疗保障局", "重庆市綦江区医疗保障事务中心")
    assert _fields(p, "budget_initial", "budget_year", "budget_fiscal") == (2_600 * W, 2_600 * W, 2_600 * W)
    t = indicator_targets(r)
    assert len(t) == 4
    assert t[0][2:] == ("医疗救助人次", ">=", 3.5, "万人次") and t[0][0] == "产出指标"
    assert t[2][2:] == ("困难群众政策范围内住院费用救助比例", ">=", 70.0, "%")
    assert t[3][2:] == ("救助对象满意度", ">=", 90.0, "%")


def test_heilongjiang_township_ocr(read):
    """A 乡镇's 部门整体 self-evaluation from OCR (cells apart by blanks): the town its body, the matrix, the score."""
    r = read("ct_s63_nw9_heilongjiang_township_ocr.txt")
    p = only_project(r)
    assert p["name"] is None and p["year"] == 2024
    assert "绥化市海伦市共合镇人民政府" in (p["department"], p["unit"])
    assert _fields(p, "budget_initial", "budget_year", "spent", "score") == (1_486.20 * W, 1_532.60 * W, 1_498.90 * W, 94.5)
    t = indicator_targets(r)
    assert len(t) == 5
    assert t[0] == ("产出指标", "数量指标", "村级道路维修里程", ">=", 18.0, "公里")
    assert t[2] == ("产出指标", "质量指标", "耕地地力保护补贴兑付准确率", "=", 100.0, "%")
    assert t[4] == ("满意度指标", "服务对象满意度指标", "辖区群众满意度", ">=", 90.0, "%")


def test_tianjin_school_wechat(read):
    """A school's 专项资金 copied out of WeChat: `项目名称：…` lines, a money sentence, `一级-二级-三级：值` lines."""
    r = read("ct_s63_nw9_tianjin_school_wechat.txt")
    p = only_project(r)
    assert _fields(p, "name", "year", "department", "unit") == (
        "天津市第四十二中学教育教学设备购置", 2025, "天津市河西区教育局", "天津市第四十二中学")
    assert 180 * W in _money(p) and p["budget_fiscal"] == 180 * W
    t = indicator_targets(r)
    assert len(t) == 5
    assert t[0] == ("产出指标", "数量指标", "购置实验设备数量", ">=", 120.0, "台(套)")
    assert t[1] == ("产出指标", "数量指标", "改造实验室间数", "=", 3.0, "间")
    assert t[4] == ("满意度指标", "服务对象满意度指标", "师生满意度", ">=", 90.0, "%")


def test_yunnan_project_mutool(read):
    """A 云南 form through mutool: a 项目总额 and its 财政拨款 side by side on one row."""
    r = read("ct_s63_nw9_yunnan_project_mutool.txt")
    p = only_project(r)
    assert _fields(p, "name", "year", "department", "unit") == (
        "抚仙湖流域入湖河道综合治理", 2025, "玉溪市生态环境局", "玉溪市生态环境局澄江分局")
    assert 2_450 * W in _money(p) and p["budget_fiscal"] == 2_450 * W
    t = indicator_targets(r)
    assert len(t) == 5
    assert t[0] == ("产出指标", "数量指标", "河道生态修复长度", ">=", 12.0, "公里")
    assert t[3] == ("效益指标", "生态效益指标", "入湖污染负荷削减量", ">=", 35.0, "吨")
    assert t[4] == ("满意度指标", "服务对象满意度指标", "周边群众满意度", ">=", 85.0, "%")


def test_xinjiang_project_ocr(read):
    """A 新疆 form from OCR, cells apart by blanks."""
    r = read("ct_s63_nw9_xinjiang_project_ocr.txt")
    p = only_project(r)
    assert _fields(p, "name", "year", "department", "unit") == (
        "昌吉市冬季清洁取暖改造补助", 2025, "昌吉市住房和城乡建设局", "昌吉市供热管理办公室")
    assert 960 * W in _money(p) and p["budget_fiscal"] == 960 * W
    t = indicator_targets(r)
    assert len(t) == 5
    assert t[0] == ("产出指标", "数量指标", "清洁取暖改造户数", ">=", 1600.0, "户")
    assert t[2] == ("产出指标", "成本指标", "户均改造补助标准", "<=", 6000.0, "元/户")
    assert t[3] == ("效益指标", "生态效益指标", "减少散煤燃烧量", ">=", 4800.0, "吨")


def test_neimenggu_project_lo_tabs(read):
    """A 内蒙古 form in LibreOffice's tabs: the goal a quoted cell of two lines, the amount past an empty cell."""
    r = read("ct_s63_nw9_neimenggu_project_lo_tabs.txt")
    p = only_project(r)
    assert _fields(p, "name", "year", "department", "unit") == (
        "鄂尔多斯市康巴什区智慧社区建设", 2025, "鄂尔多斯市康巴什区民政局", "鄂尔多斯市康巴什区社区服务中心")
    assert 580 * W in _money(p) and p["budget_fiscal"] == 580 * W
    assert "建成智慧社区平台1个" in p["goal_annual"] and "覆盖社区12个" in p["goal_annual"]
    t = indicator_targets(r)
    assert len(t) == 4
    assert t[0] == ("产出指标", "数量指标", "覆盖社区数量", "=", 12.0, "个")
    assert t[1] == ("产出指标", "质量指标", "平台系统运行稳定率", ">=", 99.0, "%")
    assert t[2] == ("效益指标", "社会效益指标", "线上办理事项数量", ">=", 60.0, "项")


def test_shaanxi_project_wechat(read):
    """A WeChat copy: `label：value` lines, then the indicator table's rows as words apart by single blanks."""
    r = read("ct_s63_nw9_shaanxi_project_wechat.txt")
    p = only_project(r)
    assert _fields(p, "name", "year", "department", "unit") == (
        "西安市鄠邑区农村公路养护", 2025, "西安市鄠邑区交通运输局", "西安市鄠邑区农村公路管理站")
    assert 850 * W in _money(p) and p["budget_fiscal"] == 850 * W
    t = indicator_targets(r)
    assert len(t) == 5
    assert t[0] == ("产出指标", "数量指标", "农村公路日常养护里程", ">=", 620.0, "公里")
    assert t[3] == ("效益指标", "社会效益指标", "农村群众出行条件改善", None, None, None)
    assert t[4] == ("满意度指标", "服务对象满意度指标", "沿线群众满意度", ">=", 90.0, "%")


def test_fujian_project_html2text(read):
    """A 福建 form on a web page: 资金总额 and its 财政资金 / 其他资金 parts."""
    r = read("ct_s63_nw9_fujian_project_html2text.md")
    p = only_project(r)
    assert _fields(p, "name", "year", "department", "unit") == (
        "荔城区木兰溪流域水环境综合治理", 2025, "莆田市荔城区水利局", "莆田市荔城区水利工程服务中心")
    assert 3_300 * W in _money(p) and _fields(p, "budget_fiscal", "budget_other") == (3_000 * W, 300 * W)
    t = indicator_targets(r)
    assert len(t) == 5
    assert t[1] == ("产出指标", "数量指标", "新建生态护岸长度", ">=", 4.2, "公里")
    assert t[2] == ("产出指标", "质量指标", "工程质量合格率", "=", 100.0, "%")
    assert t[3] == ("效益指标", "生态效益指标", "主要断面水质达标率", ">=", 90.0, "%")


def test_liaoning_monitor_lo_tabs(read):
    """A 监控表 in LibreOffice's tabs: 年初预算数 the year's, the 偏差原因 beside the money no amount."""
    r = read("ct_s63_nw9_liaoning_monitor_lo_tabs.txt")
    p = only_project(r)
    assert _fields(p, "name", "year", "department", "unit") == (
        "大连市金州区中小学校舍维修改造", 2025, "大连市金州区教育局", "大连市金州区教育服务中心")
    assert _fields(p, "budget_initial", "budget_year", "budget_fiscal") == (1_560 * W, 1_560 * W, 1_560 * W)
    t = indicator_targets(r)
    assert len(t) == 4
    assert t[0] == ("产出指标", "数量指标", "维修改造校舍面积", ">=", 2.6, "万平方米")
    assert t[2] == ("产出指标", "时效指标", "开学前完工率", "=", 100.0, "%")
    assert t[3] == ("满意度指标", "服务对象满意度指标", "师生满意度", ">=", 90.0, "%")


def test_jilin_project_mutool(read):
    """A 吉林 省级 form through mutool, its year a bracket alone under the title."""
    r = read("ct_s63_nw9_jilin_project_mutool.txt")
    p = only_project(r)
    assert _fields(p, "name", "year", "department", "unit") == (
        "吉林省黑土地保护性耕作补助", 2025, "吉林省农业农村厅", "吉林省农业技术推广总站")
    assert 12_000 * W in _money(p) and p["budget_fiscal"] == 12_000 * W
    t = indicator_targets(r)
    assert len(t) == 5
    assert t[1] == ("产出指标", "质量指标", "秸秆覆盖还田率", ">=", 70.0, "%")
    assert t[2] == ("产出指标", "成本指标", "亩均补助标准", "<=", 40.0, "元/亩")
    assert t[3] == ("效益指标", "生态效益指标", "土壤有机质含量提升", ">=", 0.1, "个百分点")


def test_qinghai_transfer_html2text(read):
    """A 区域绩效目标表 on a web page: the transfer its name, the 中央 department, its year's money."""
    r = read("ct_s63_nw9_qinghai_transfer_html2text.md")
    p = only_project(r)
    assert _fields(p, "name", "year", "department") == ("重点生态保护修复治理资金", 2025, "自然资源部")
    assert 25_000 * W in _money(p)
    t = indicator_targets(r)
    assert len(t) == 4
    assert t[0] == ("产出指标", "数量指标", "生态保护修复面积", ">=", 15.0, "万亩")
    assert t[2] == ("效益指标", "生态效益指标", "植被覆盖度提高", ">=", 5.0, "%")
    assert t[3] == ("满意度指标", "服务对象满意度指标", "项目区群众满意度", ">=", 85.0, "%")


def test_jiangxi_self_eval_ocr(read):
    """A 自评表 from OCR with 偏差原因分析 and 改进措施 columns: the matrix, the score, the first row's deviation."""
    r = read("ct_s63_nw9_jiangxi_self_eval_ocr.txt")
    p = only_project(r)
    assert _fields(p, "name", "year", "department", "unit") == (
        "赣州市南康区家具产业人才培训补助", 2024, "赣州市南康区人力资源和社会保障局", "赣州市南康区就业创业服务中心")
    assert _fields(p, "budget_initial", "budget_year", "spent", "score") == (300 * W, 300 * W, 276 * W, 92.8)
    t = indicator_targets(r)
    assert len(t) == 4
    assert t[0] == ("产出指标", "数量指标", "培训人数", ">=", 2000.0, "人")
    assert t[3] == ("满意度指标", "服务对象满意度指标", "参训人员满意度", ">=", 90.0, "%")
    ind = r.tables["indicators"]
    assert (ind[0]["actual_raw"], ind[0]["score"]) == ("1860人", 27.9)
    assert "部分企业生产任务重" in (ind[0]["deviation"] or "")


def test_hainan_gov_fund_wechat(read):
    """A 政府性基金 project copied out of WeChat, each indicator four `label：value` lines."""
    r = read("ct_s63_nw9_hainan_gov_fund_wechat.txt")
    p = only_project(r)
    assert _fields(p, "name", "year", "department", "unit") == (
        "三亚市海棠湾片区土地征收补偿", 2025, "三亚市自然资源和规划局", "三亚市土地储备整理中心")
    assert 15_800 * W in _money(p)
    t = indicator_targets(r)
    assert t == [("产出指标", "数量指标", "土地征收面积", ">=", 420.0, "亩"),
                 ("产出指标", "时效指标", "补偿款兑付及时率", "=", 100.0, "%"),
                 ("满意度指标", "服务对象满意度指标", "被征收户满意度", ">=", 90.0, "%")]


def test_henan_school_special_lo_tabs(read):
    """A school's 专项资金 form in LibreOffice's tabs: the school the unit, the 教育局 the department."""
    r = read("ct_s63_nw9_henan_school_special_lo_tabs.txt")
    p = only_project(r)
    assert _fields(p, "name", "year", "department", "unit") == (
        "洛阳市第二实验小学课后服务补助", 2025, "洛阳市西工区教育局", "洛阳市第二实验小学")
    assert 96 * W in _money(p) and p["budget_fiscal"] == 96 * W
    t = indicator_targets(r)
    assert len(t) == 4
    assert t[1] == ("产出指标", "数量指标", "特色社团个数", ">=", 30.0, "个")
    assert t[2] == ("产出指标", "质量指标", "课后服务参与率", ">=", 85.0, "%")
    assert t[3] == ("满意度指标", "服务对象满意度指标", "家长满意度", ">=", 90.0, "%")


def test_ningxia_dept_whole_lo_tabs(read):
    """A 部门整体 form in LibreOffice's tabs: no project, the body, 资金总额 and its parts."""
    r = read("ct_s63_nw9_ningxia_dept_whole_lo_tabs.txt")
    p = only_project(r)
    assert p["name"] is None and p["year"] == 2025 and "银川市兴庆区卫生健康局" in (p["department"], p["unit"])
    assert 5_260 * W in _money(p) and _fields(p, "budget_fiscal", "budget_other") == (5_010 * W, 250 * W)
    t = indicator_targets(r)
    assert len(t) == 4
    assert t[0] == ("产出指标", "数量指标", "家庭医生签约人数", ">=", 12.0, "万人")
    assert t[1] == ("产出指标", "质量指标", "适龄儿童免疫规划疫苗接种率", ">=", 95.0, "%")
    assert t[3] == ("满意度指标", "服务对象满意度指标", "辖区居民满意度", ">=", 88.0, "%")


def test_shanxi_project_mutool(read):
    """A 山西 市级 form through mutool."""
    r = read("ct_s63_nw9_shanxi_project_mutool.txt")
    p = only_project(r)
    assert _fields(p, "name", "year", "department", "unit") == (
        "晋中市太谷区设施农业提质增效补助", 2025, "晋中市农业农村局", "晋中市太谷区农业农村局")
    assert 720 * W in _money(p) and p["budget_fiscal"] == 720 * W
    t = indicator_targets(r)
    assert len(t) == 4
    assert t[0] == ("产出指标", "数量指标", "改造提升老旧日光温室数量", ">=", 600.0, "座")
    assert t[2] == ("效益指标", "经济效益指标", "棚均年增收", ">=", 8000.0, "元")
    assert t[3] == ("满意度指标", "服务对象满意度指标", "种植户满意度", ">=", 90.0, "%")


def test_mutool_joined_spans(read):
    """A 乡镇's form through mutool whose spans on a line came out joined by single spaces (one line a row, merged
    level cells gone): the rows as their cells come."""
    r = read("ct_s63_nw9_mutool_joined_spans.txt")
    p = only_project(r)
    assert _fields(p, "name", "year", "department", "unit") == (
        "太和镇农村人居环境整治提升", 2025, "眉山市东坡区太和镇人民政府", "眉山市东坡区太和镇农业综合服务中心")
    assert 168 * W in _money(p) and p["budget_fiscal"] == 168 * W
    t = indicator_targets(r)
    assert len(t) == 5
    assert t[1] == ("产出指标", "数量指标", "新建公厕数量", ">=", 6.0, "座")
    assert t[2] == ("产出指标", "质量指标", "工程验收合格率", "=", 100.0, "%")
    assert t[3] == ("效益指标", "生态效益指标", "农村生活污水治理率", ">=", 75.0, "%")


def test_hebei_title_row_html2text(read):
    """A web page's table through html2text whose first row, the table's head for Markdown, is the form's title."""
    r = read("ct_s63_nw9_hebei_title_row_html2text.md")
    p = only_project(r)
    assert _fields(p, "name", "year", "department", "unit") == (
        "莲池区老旧供热管网改造", 2025, "保定市莲池区城市管理综合行政执法局", "保定市莲池区供热服务中心")
    assert 1_420 * W in _money(p) and p["budget_fiscal"] == 1_420 * W
    t = indicator_targets(r)
    assert len(t) == 4
    assert t[0] == ("产出指标", "数量指标", "改造供热管网长度", ">=", 18.0, "公里")
    assert t[2] == ("效益指标", "社会效益指标", "供热管网故障率下降", ">=", 30.0, "%")
    assert t[3] == ("满意度指标", "服务对象满意度指标", "供热用户满意度", ">=", 90.0, "%")


@pytest.mark.parametrize("name", ["ct_s63_nw9_neg_eval_plan.txt", "ct_s63_nw9_neg_budget_notes.txt",
                                  "ct_s63_nw9_neg_meeting_minutes.txt"])
def test_no_form_no_project(read, name):
    """A 工作方案 naming a form's levels, a 预算公开说明 with a money table, a 会议纪要 quoting one target: no project."""
    r = read(name)
    assert r.tables["projects"] == [] and r.tables["indicators"] == []


def test_guangxi_monitor_short_rows_html2text(read):
    """A 监控表 through html2text, which left out the cells a merged level covers: a short row's cells the table's
    last ones (`改造供水管网长度 | ≥9公里 | …` under 数量指标), 年初预算数 the year's budget."""
    r = read("ct_s63_nw9_guangxi_monitor_short_rows_html2text.md")
    p = only_project(r)
    assert _fields(p, "name", "year", "department", "unit") == (
        "鱼峰区老旧小区改造配套基础设施建设", 2025, "柳州市鱼峰区住房和城乡建设局", "柳州市鱼峰区城市建设服务中心")
    assert _fields(p, "budget_initial", "budget_year") == (1_880 * W, 1_880 * W)
    t = indicator_targets(r)
    assert len(t) == 4
    assert t[0] == ("产出指标", "数量指标", "改造老旧小区个数", "=", 14.0, "个")
    assert t[1] == ("产出指标", "数量指标", "改造供水管网长度", ">=", 9.0, "公里")
    assert t[2] == ("产出指标", "质量指标", "竣工验收合格率", "=", 100.0, "%")


def test_hubei_township_self_eval_lo_tabs(read):
    """A 乡镇's 部门整体 self-evaluation in LibreOffice's tabs: the matrix, 预期目标 and 实际完成情况, the score and grade."""
    r = read("ct_s63_nw9_hubei_township_self_eval_lo_tabs.txt")
    p = only_project(r)
    assert p["name"] is None and p["year"] == 2024 and "宜昌市夷陵区龙泉镇人民政府" in (p["department"], p["unit"])
    assert _fields(p, "budget_initial", "budget_year", "spent", "score", "grade") == (
        2_140 * W, 2_386.50 * W, 2_302.10 * W, 98.6, "优")
    assert (p["goal_annual"], p["goal_actual"]) == ("保障全镇12个村正常运转，完成农村公路养护60公里。",
                                                    "12个村运转正常，完成公路养护62公里。")
    t = indicator_targets(r)
    assert len(t) == 5 and t[1] == ("产出指标", "数量指标", "农村公路养护里程", ">=", 60.0, "公里")
    assert t[2] == ("产出指标", "时效指标", "惠民补贴发放及时率", "=", 100.0, "%")
    assert r.tables["indicators"][2]["deviation"] == "个别农户账户信息有误；加强信息核对"


def test_school_special_ocr_wrapped(read):
    """A school's 专项资金 from OCR, a name's last character wrapped onto a line of its own (`率`): joined."""
    r = read("ct_s63_nw9_school_special_ocr_wrapped.txt")
    p = only_project(r)
    assert _fields(p, "name", "year", "department", "unit") == (
        "邵阳市第二中学智慧教室建设", 2025, "邵阳市教育局", "邵阳市第二中学")
    assert 260 * W in _money(p) and _fields(p, "budget_fiscal", "budget_other") == (200 * W, 60 * W)
    t = indicator_targets(r)
    assert len(t) == 4
    assert t[0] == ("产出指标", "数量指标", "建成智慧教室数量", "=", 24.0, "间")
    assert t[1] == ("产出指标", "质量指标", "设备安装调试合格率", "=", 100.0, "%")
    assert t[2] == ("效益指标", "社会效益指标", "受益学生人数", ">=", 1200.0, "人")


def test_gov_fund_wechat_numbered(read):
    """A 政府性基金 project copied out of WeChat, its fields numbered (`一、项目名称：…`), its indicators numbered lines
    of dashed levels (`1.产出指标—数量指标—name：3处`)."""
    r = read("ct_s63_nw9_gov_fund_income_spend_wechat.txt")
    p = only_project(r)
    assert _fields(p, "name", "year", "department", "unit") == (
        "渌口区城乡社区公益性墓地建设", 2025, "株洲市渌口区民政局", "株洲市渌口区殡葬管理所")
    t = indicator_targets(r)
    assert len(t) == 4
    assert t[1] == ("产出指标", "数量指标", "提供墓穴数量", ">=", 4500.0, "个")
    assert t[2] == ("效益指标", "社会效益指标", "乱埋乱葬现象", None, None, None)
    assert t[3] == ("满意度指标", "服务对象满意度指标", "群众满意度", ">=", 90.0, "%")


def test_gov_fund_income_row_kept(read):
    """A 政府性基金 form's `基金收入预算（万元） | 1,500.00` on a row of its own over its `基金支出预算（万元） | 1,350.00`:
    the income kept in other_fields, the spending the year's budget (the income was the budget_total)."""
    p = only_project(read("ct_s63_nw9_gov_fund_income_row_lo_tabs.txt"))
    assert _fields(p, "name", "budget_total", "budget_year") == ("渌口区城乡社区公益性墓地建设", None, 1_350 * W)
    assert other_fields(p) == {"基金收入预算（万元）": "1,500.00"}


def test_gov_fund_colon_lines_money(read):
    """`四、基金收入预算：1,500.00万元` over `五、基金支出预算：1,350.00万元` (a WeChat copy): read as their rows are (mn27)."""
    r = read("ct_s63_nw9_gov_fund_income_spend_wechat.txt")
    p = only_project(r)
    assert p["budget_year"] == 1_350 * W and other_fields(p).get("基金收入预算") == "1,500.00万元"
