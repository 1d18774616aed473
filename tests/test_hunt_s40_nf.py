"""Hunt NF (session 40): form families and file shapes never tried — a Word form whose indicator table goes on in a
second table after a page break, a 财政局 web page publishing a 2025 新版 form (成本指标 a level 1, 指标性质 | 指标值 |
度量单位) in rowspan / colspan cells, a 卫健 system XLSX export with a head three rows deep, a 部门整体支出绩效目标表
printed to PDF by LibreOffice Writer, a county's 预算公开 annex of three small forms one after another:
tests/fixtures/review/ct_s40_nf_* (binary ones made by tests/fixtures/make_s40_nf.py), each expectation written down
by hand before the run."""
from __future__ import annotations

import pytest

from tests.hunt_tools import indicator_targets, only_project, warning_codes

P, Q, E, S, C = "产出指标", "质量指标", "效益指标", "满意度指标", "成本指标"
N, T, SO, SAT = "数量指标", "时效指标", "社会效益指标", "服务对象满意度指标"
W = 10000.0


@pytest.mark.parametrize("name", ["ct_s40_nf_docx_split_page_break.docx", "ct_s40_nf_docx_split_page_break.pdf"])
def test_docx_form_going_on_after_page_break(read, name):
    """遂川县 水利局 form in Word: the indicator table goes on in a second table after a page break, no head repeated,
    its first row 成本指标 (a level 1 of the 2025 form)."""
    r = read(name)
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"]) == (
        "农村饮水安全巩固提升工程维修养护", "遂川县水利局", "遂川县农村供水管理站")
    assert (p["budget_year"], p["budget_fiscal"]) == (150 * W, 150 * W)
    assert p["goal_annual"] == "完成全县12处集中供水工程维修养护，保障5.6万农村人口饮水安全。"
    assert indicator_targets(r) == [
        (P, N, "维修养护供水工程数量", ">=", 12.0, "处"),
        (P, Q, "农村自来水水质达标率", ">=", 95.0, "%"),
        (P, T, "维修养护任务完成时间", None, None, None),
        (C, "经济成本指标", "单处工程维修养护平均成本", "<=", 12.5 * W, "元"),
        (E, SO, "受益农村人口", ">=", 5.6, "万人"),
        (E, "可持续影响指标", "工程运行年限", ">=", 5.0, "年"),
        (S, SAT, "受益群众满意度", ">=", 90.0, "%")]
    assert r.tables["indicators"][2]["target_raw"] == "2025年11月底前"


@pytest.mark.parametrize("name", ["ct_s40_nf_finance_bureau_cost_level1.html",
                                  "ct_s40_nf_finance_bureau_cost_level1.pdf"])
def test_finance_bureau_page_cost_level1_nature_column(read, name):
    """吉安市财政局's web page: the site's head, crumbs, 发布时间 line and foot around a form whose cells span rows and
    columns; `指标性质` holds the sign (≥, ＝, 定性), 成本指标 a level 1 over 经济 / 社会 / 生态环境成本指标. Printed by
    chromium, the footer `… 政府网站标识码：` wraps its code `3608000XXX` to a line of its own: main read that line as an
    11th indicator (满意度指标, `= 3608000 XXX`, unparsed_row), the footer line above it dropped as the site's."""
    r = read(name)
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["year"]) == (
        "城乡环卫一体化运营", "吉安市城市管理局", "吉安市环境卫生管理中心", 2025)
    assert (p["budget_year"], p["budget_fiscal"]) == (3280 * W, 3280 * W)
    assert p["goal_annual"].startswith("中心城区及城乡结合部道路清扫保洁面积不少于320万平方米")
    assert indicator_targets(r) == [
        (P, N, "道路清扫保洁面积", ">=", 320.0, "万平方米"),
        (P, N, "生活垃圾收运量", ">=", 9.5, "万吨"),
        (P, Q, "生活垃圾无害化处理率", "=", 100.0, "%"),
        (P, T, "生活垃圾清运时限", None, None, None),
        (C, "经济成本指标", "道路清扫保洁单价", "<=", 9.8, "元/平方米·年"),
        (C, "社会成本指标", "作业对居民正常生活的影响", None, None, None),
        (C, "生态环境成本指标", "渗滤液外排超标次数", "=", 0.0, "次"),
        (E, SO, "城乡环境卫生状况", None, None, None),
        (E, "生态效益指标", "生活垃圾资源化利用率", ">=", 60.0, "%"),
        (S, SAT, "市民满意度", ">=", 85.0, "%")]
    raws = [i["target_raw"] for i in r.tables["indicators"]]
    assert (raws[3], raws[5], raws[7]) == ("日产日清", "无明显影响", "明显改善")


@pytest.mark.parametrize("name", ["ct_s40_nf_health_three_row_head.xlsx", "ct_s40_nf_health_three_row_head.xls",
                                  "ct_s40_nf_health_three_row_head.pdf"])
def test_health_export_three_row_head(read, name):
    """崇义县 卫健委's export of two projects: `项目资金（万元）` over `合计 | 其中` over `财政拨款 | 其他资金` (three head
    rows), each project's 序号 / name / money merged down over its indicators. Main read it as a packed list: each
    of the four level heads one indicator a project (`一级指标` = `产出指标` …), all but each project's first row lost,
    no 财政拨款 / 其他资金 nor unit; its level heads under `绩效指标` are now one indicator a row, the head's three rows
    read as one (the Calc PDF of the sheet as well)."""
    r = read(name)
    ps = r.tables["projects"]
    assert [(p["name"], p["budget_total"], p["budget_fiscal"], p["budget_other"]) for p in ps] == [
        ("基本公共卫生服务项目", 486.5 * W, 486.5 * W, 0.0),
        ("乡镇卫生院医疗设备购置", 120 * W, 100 * W, 20 * W)]
    assert all(p["unit"] == "崇义县卫生健康委员会" for p in ps)
    ids = [p["project_id"] for p in ps]
    assert [(i["project_id"] == ids[0],) + t for i, t in zip(r.tables["indicators"], indicator_targets(r))] == [
        (True, P, N, "65岁及以上老年人健康管理人数", ">=", 1.2, "万人"),
        (True, P, Q, "高血压患者规范管理率", ">=", 65.0, "%"),
        (True, E, SO, "居民健康素养水平", ">=", 28.0, "%"),
        (True, S, SAT, "城乡居民满意度", ">=", 85.0, "%"),
        (False, P, N, "购置DR设备台数", "=", 3.0, "台"),
        (False, P, T, "设备安装调试完成时间", None, None, None),
        (False, E, SO, "乡镇卫生院影像检查服务能力", None, None, None)]


def test_dept_overall_form_printed_by_writer(read):
    """安远县 自然资源局's 部门整体支出绩效目标表 in a Writer PDF: 资金总额 1,860 (财政拨款 1,760, 其他资金 100),
    部门职责, three tasks with their money, 年度整体绩效目标, five indicators."""
    r = read("ct_s40_nf_dept_overall_writer.pdf")
    p = only_project(r)
    assert p["unit"] == "安远县自然资源局" or p["department"] == "安远县自然资源局"
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (1860 * W, 1760 * W, 100 * W)
    assert p["goal_annual"].startswith("全面完成耕地保护目标任务，耕地保有量不低于48.6万亩")
    assert indicator_targets(r) == [
        (P, N, "耕地保有量", ">=", 48.6, "万亩"),
        (P, N, "完成乡镇国土空间规划编制数", "=", 18.0, "个"),
        (P, T, "不动产登记办结时限", "<=", 3.0, "个工作日"),
        (E, SO, "耕地“非农化”问题整改率", "=", 100.0, "%"),
        (S, SAT, "办事群众满意度", ">=", 95.0, "%")]


def test_county_annex_three_small_forms(read):
    """崇仁县's 预算公开 annex: 表3-1 … 表3-3, three 项目支出绩效目标表 one after another, each under its
    `单位名称：…` line, money as `年度资金总额 | 260 | 其中：财政拨款 | 260` in one row."""
    r = read("ct_s40_nf_county_annex_three_forms.txt")
    ps = r.tables["projects"]
    assert [(p["name"], p["department"], p["unit"], p["budget_year"], p["budget_fiscal"]) for p in ps] == [
        ("义务教育学校校舍维修改造", "崇仁县教育体育局", "崇仁县教育体育局", 260 * W, 260 * W),
        ("城乡特困人员救助供养", "崇仁县民政局", "崇仁县社会福利中心", 1152.6 * W, 1152.6 * W),
        ("高标准农田建设后续管护", "崇仁县农业农村局", "崇仁县农田建设服务中心", 85 * W, 85 * W)]
    ids = [p["project_id"] for p in ps]
    got = [(ids.index(i["project_id"]),) + t for i, t in zip(r.tables["indicators"], indicator_targets(r))]
    assert got == [
        (0, P, N, "维修改造学校数量", "=", 6.0, "所"),
        (0, P, Q, "工程验收合格率", "=", 100.0, "%"),
        (0, E, SO, "校舍安全隐患消除率", "=", 100.0, "%"),
        (0, S, SAT, "师生满意度", ">=", 90.0, "%"),
        (1, P, N, "救助供养特困人员人数", "=", 1480.0, "人"),
        (1, P, T, "救助资金按月发放率", "=", 100.0, "%"),
        (1, E, SO, "特困人员基本生活保障", None, None, None),
        (1, S, SAT, "特困人员满意度", ">=", 90.0, "%"),
        (2, P, N, "管护高标准农田面积", ">=", 3.2, "万亩"),
        (2, P, "成本指标", "每亩管护成本", "<=", 26.5, "元"),
        (2, E, "可持续影响指标", "工程设施完好率", ">=", 95.0, "%"),
        (2, S, SAT, "农户满意度", ">=", 85.0, "%")]
    assert warning_codes(r) == []


def test_bureau_page_two_forms_money_as_label_value_cells(read):
    """东乡区 交通运输局's 预算公开 page (GB2312), 附件6 with two forms, the money row `项目资金（万元） | 年度资金总额：420 |
    其中：财政拨款：420 | 其他资金：0` (label and value in one cell each), 其他资金： left empty in the second."""
    r = read("ct_s40_nf_bureau_annex_label_value_cells.html")
    ps = r.tables["projects"]
    assert [(p["name"], p["department"], p["unit"], p["budget_year"], p["budget_fiscal"]) for p in ps] == [
        ("乡村道路日常养护", "抚州市东乡区交通运输局", "抚州市东乡区公路事业发展中心", 420 * W, 420 * W),
        ("城乡公交运营补贴", "抚州市东乡区交通运输局", "抚州市东乡区交通运输局", 180 * W, 180 * W)]
    assert [p["year"] for p in ps] == [2025, 2025]
    ids = [p["project_id"] for p in ps]
    assert [(ids.index(i["project_id"]),) + t for i, t in zip(r.tables["indicators"], indicator_targets(r))] == [
        (0, P, N, "农村公路日常养护里程", "=", 1260.0, "公里"),
        (0, P, Q, "优良中等路比例", ">=", 80.0, "%"),
        (0, P, "成本指标", "每公里年养护成本", "<=", 3300.0, "元"),
        (0, E, SO, "群众出行条件", None, None, None),
        (0, S, SAT, "沿线群众满意度", ">=", 90.0, "%"),
        (1, P, N, "补贴公交线路数", "=", 12.0, "条"),
        (1, P, T, "补贴资金拨付时间", None, None, None),
        (1, E, SO, "城乡公交通达率", "=", 100.0, "%"),
        (1, S, SAT, "乘客满意度", ">=", 85.0, "%")]


def test_docx_split_level1_left_empty_in_second_table(read):
    """The split Word form again, the page break inside 产出指标: the second table starts `| | 时效指标 | … |` (its
    level 1 cell left empty, the level going on from the first table)."""
    r = read("ct_s40_nf_docx_split_mid_level.docx")
    p = only_project(r)
    assert p["name"] == "农村饮水安全巩固提升工程维修养护"
    assert indicator_targets(r) == [
        (P, N, "维修养护供水工程数量", ">=", 12.0, "处"),
        (P, Q, "农村自来水水质达标率", ">=", 95.0, "%"),
        (P, T, "维修养护任务完成时间", None, None, None),
        (C, "经济成本指标", "单处工程维修养护平均成本", "<=", 12.5 * W, "元"),
        (E, SO, "受益农村人口", ">=", 5.6, "万人"),
        (S, SAT, "受益群众满意度", ">=", 90.0, "%")]


def test_old_site_page_form_inside_layout_tables(read):
    """宁都县 government site of table layout: the form's table inside a cell of a layout table beside a navigation
    table, money as one cell `年度资金总额：240　　其中：财政拨款：240　　其他资金：0`."""
    r = read("ct_s40_nf_layout_table_page.html")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["year"]) == ("村级综合服务设施建设", "宁都县民政局", "宁都县民政局", 2025)
    assert (p["budget_year"], p["budget_fiscal"]) == (240 * W, 240 * W)
    assert p["goal_annual"] == "新建8个村级综合服务站，提升村级为民服务能力。"
    assert indicator_targets(r) == [
        (P, N, "新建村级综合服务站", ">=", 8.0, "个"),
        (P, Q, "工程竣工验收合格率", "=", 100.0, "%"),
        (P, T, "项目完工时间", None, None, None),
        (E, SO, "受益群众人数", ">=", 1.6, "万人"),
        (S, SAT, "受益群众满意度", ">=", 90.0, "%")]
    assert warning_codes(r) == []


def test_system_export_form_in_two_sheets(read):
    """An export of one project in two sheets: `项目基本信息` (money in 元, `项目总金额（元）`) and `绩效目标` (goal and
    indicators, the target in 符号 | 数值 | 单位 columns): one project with its indicators. Main lost every target
    (op, value and unit None, target_raw None: `数值` was no head of the target's column)."""
    r = read("ct_s40_nf_two_sheets_export.xlsx")
    p = only_project(r)
    assert (p["name"], p["project_code"], p["unit"], p["category"], p["leader"]) == (
        "2025年城区停车场智慧化改造", "360702250000000118", "赣州市章贡区城市管理局", "一次性项目", "钟XX")
    assert (p["budget_total"], p["budget_fiscal"]) == (3600000.0, 3600000.0)
    assert p["goal_annual"] == "完成城区12处公共停车场智慧化改造，新增智慧泊位1,500个。"
    assert indicator_targets(r) == [
        (P, N, "改造停车场数量", ">=", 12.0, "处"),
        (P, N, "新增智慧泊位", ">=", 1500.0, "个"),
        (P, Q, "设备验收合格率", "=", 100.0, "%"),
        (E, SO, "停车泊位周转率提升", ">=", 20.0, "%"),
        (S, SAT, "市民满意度", ">=", 85.0, "%")]
