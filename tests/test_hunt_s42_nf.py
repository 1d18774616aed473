"""Hunt NF (session 42): form families not yet read — a 中央部门项目支出绩效自评表 (年初预算数 / 全年预算数 / 全年执行数 /
分值 / 执行率 / 得分, `主管部门及代码 | [170]自然资源部`, 偏差原因分析及改进措施), a 中央对地方转移支付区域绩效自评表 (全年预算数（A）
| 全年执行数（B） | 执行率（B/A）, 未完成原因和改进措施), a 新增一般债券项目绩效目标表 (dump and its LibreOffice print), a
政府投资基金绩效目标表 (基金规模 with its 财政出资 / 社会资本出资), a 西藏 form with a Tibetan title line, an 内蒙古 form in Word
with a Mongolian title line and Mongolian under each label, and the 社会保险基金 forms' `其中` parts of the fund's income
and spending (a 自评表 dump and an Excel 目标表 with `其中` in a column of its own). tests/fixtures/review/ct_s42_nf_*
(binary ones made by tests/fixtures/make_s42_nf.py), each expectation written down by hand before the run."""
from __future__ import annotations

import pytest

from tests.hunt_tools import budget_lines, indicator_targets, only_project, other_fields, warning_codes

P, E, S, C = "产出指标", "效益指标", "满意度指标", "成本指标"
N, Q, T = "数量指标", "质量指标", "时效指标"
SO, EC, SUS, SAT, ECO = "社会效益指标", "经济效益指标", "可持续影响指标", "服务对象满意度指标", "生态效益指标"
W = 10000.0


def _actuals(r):
    return [(i["level2"], i["level3"], i["op"], i["value"], i["unit"], i["actual_raw"], i["weight"], i["score"])
            for i in r.tables["indicators"]]


def test_central_department_project_self_eval(read):
    """The 中央部门 form of 项目支出绩效自评表: `主管部门及代码 | [170]自然资源部`, the money matrix of six columns, the goal
    as `预期目标 | 实际完成情况` over one row of two texts, indicators with 偏差原因分析及改进措施, a 总分 row."""
    r = read("ct_s42_nf_central_project_self_eval.txt")
    p = only_project(r)
    assert (p["form"], p["name"], p["department"], p["unit"], p["year"]) == (
        "self_eval", "国家级自然保护区生态监测能力建设", "自然资源部", "自然资源部国土卫星遥感应用中心", 2024)
    assert p["department_code"] == "170"
    assert (p["budget_initial"], p["budget_year"], p["budget_fiscal"], p["spent"]) == (
        1860 * W, 1920 * W, 1860 * W, 1853.76 * W)
    assert (p["execution_rate"], p["score"]) == (0.9655, 97.66)
    assert [(n, a) for _, n, a, _ in budget_lines(r)] == [("当年财政拨款", 1860 * W), ("上年结转资金", 60 * W),
                                                         ("其他资金", 0.0)]
    assert p["goal_annual"] == "完成50个国家级自然保护区遥感监测，形成监测报告1套，监测数据按季度汇交。"
    assert p["goal_actual"] == "完成52个国家级自然保护区遥感监测，形成年度监测报告1套，监测数据按季度汇交4次。"
    assert _actuals(r) == [
        (N, "遥感监测保护区个数", ">=", 50.0, "个", "52个", 15.0, 15.0),
        (N, "监测报告编制数量", "=", 1.0, "套", "1套", 10.0, 10.0),
        (Q, "监测图斑核查准确率", ">=", 90.0, "%", "92.3%", 15.0, 15.0),
        (T, "监测数据汇交及时性", None, None, None, "按季度汇交4次", 10.0, 10.0),
        (SO, "为保护区监督执法提供问题线索", ">=", 200.0, "条", "186条", 15.0, 13.0),
        (SUS, "监测数据共享服务部门数", ">=", 5.0, "个", "6个", 15.0, 15.0),
        (SAT, "数据使用单位满意度", ">=", 90.0, "%", "95%", 10.0, 10.0)]
    assert r.tables["indicators"][4]["deviation"].startswith("部分保护区人类活动减少")
    assert "unparsed_row" not in warning_codes(r)


def test_transfer_payment_region_self_eval(read):
    """A 中央对地方转移支付区域绩效自评表: 中央主管部门 the department, 地方主管部门 kept, 资金使用单位 the unit, money in
    `全年预算数（A） | 全年执行数（B） | 执行率（B/A）`, 全年实际完成值 and 未完成原因和改进措施."""
    r = read("ct_s42_nf_transfer_region_self_eval.txt")
    p = only_project(r)
    assert (p["form"], p["name"], p["department"], p["year"]) == (
        "self_eval", "农业经营主体能力提升资金", "农业农村部", 2024)
    assert p["unit"] == "江西省各设区市、县（市、区）农业农村部门"
    assert other_fields(p)["地方主管部门"] == "江西省农业农村厅"
    assert (p["budget_year"], p["spent"], p["execution_rate"]) == (42318 * W, 40126 * W, 0.9482)
    assert [(n, a) for _, n, a, _ in budget_lines(r)] == [("中央财政资金", 38470 * W), ("地方资金", 3848 * W),
                                                         ("其他资金", 0.0)]
    assert p["goal_actual"].startswith("支持家庭农场1,260家")
    got = [(i["level3"], i["op"], i["value"], i["unit"], i["actual_raw"]) for i in r.tables["indicators"]]
    assert got == [
        ("培育高素质农民人数", ">=", 2.1, "万人", "2.16万人"),
        ("支持农民合作社数量", ">=", 650.0, "家", "680家"),
        ("培训对象满意度", ">=", 85.0, "%", "93.6%"),
        ("资金下达及时率", "=", 100.0, "%", "100%"),
        ("项目区农民合作社经营收入增长率", ">=", 5.0, "%", "4.2%"),
        ("新型农业经营主体带动农户能力", None, None, None, "有所提升"),
        ("受益农户满意度", ">=", 85.0, "%", "91%")]
    assert r.tables["indicators"][4]["deviation"].startswith("受农产品价格下行影响")
    assert "unparsed_row" not in warning_codes(r)


BOND_INDICATORS = [
    (P, N, "新建校舍面积", ">=", 36000.0, "平方米"),
    (P, N, "新增学位数", "=", 2700.0, "个"),
    (P, Q, "工程验收合格率", "=", 100.0, "%"),
    (P, T, "主体结构封顶时间", None, None, None),
    (P, C, "债券资金使用规模", "<=", 15000 * W, "元"),
    # (`大班额比例下降至5%以内`: the name, then the level the change reaches, as `下降至5%以内` reads — it was text;
    # hunt tg11 of session 53)
    (E, SO, "缓解城区学校大班额", "<=", 5.0, "%"),
    (E, SUS, "校舍设计使用年限", ">=", 50.0, "年"),
    (S, SAT, "学生家长满意度", ">=", 90.0, "%")]


@pytest.mark.parametrize("name", ["ct_s42_nf_general_bond_target.txt", "ct_s42_nf_general_bond_print.pdf"])
def test_new_general_bond_target(read, name):
    """A 新增一般债券项目绩效目标表: 项目单位 the unit, 项目总投资 with `其中：项目资本金`, 申请债券资金 with `其中：2025年发行
    额度`, the bond's terms kept in other_fields, 项目建设周期 a period of months."""
    r = read(name)
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["year"]) == (
        "瑞金市城区学校扩容提质工程（第二批）", "瑞金市教育体育局", "瑞金市教育体育局", 2025)
    assert p["budget_total"] == 18600 * W
    assert (str(p["start_date"]), str(p["end_date"])) == ("2025-03-01", "2026-08-31")
    of = other_fields(p)
    assert (of["债券类型"], of["债券期限"], of["偿还资金来源"]) == ("新增一般债券", "10年", "一般公共预算收入")
    assert p["goal_annual"].startswith("新建教学楼2栋")
    assert indicator_targets(r) == BOND_INDICATORS
    assert "unparsed_row" not in warning_codes(r)


def test_government_investment_fund_target(read):
    """A 政府投资基金绩效目标表: 基金名称 names it; 基金规模 with its 财政出资 / 社会资本出资 parts on two rows."""
    r = read("ct_s42_nf_investment_fund_target.txt")
    p = only_project(r)
    assert (p["name"], p["department"], p["year"]) == ("赣州市产业发展投资引导基金", "赣州市财政局", 2025)
    assert other_fields(p)["基金管理机构"] == "赣州发展投资基金管理有限公司"
    assert indicator_targets(r) == [
        (P, N, "新设立子基金数量", "=", 2.0, "支"),
        (P, N, "投资项目个数", ">=", 8.0, "个"),
        (P, Q, "投向本市重点产业比例", ">=", 70.0, "%"),
        (P, T, "财政出资到位时间", None, None, None),
        (E, EC, "财政资金放大倍数", ">=", 3.0, "倍"),
        (E, EC, "带动社会资本投资", ">=", 4e8, "元"),
        (E, SUS, "基金保值增值情况", None, None, None),
        (S, SAT, "被投企业满意度", ">=", 90.0, "%")]
    assert "unparsed_row" not in warning_codes(r)


def test_tibetan_title_line(read):
    """A 西藏 form whose Tibetan title stands above the Chinese one, its 填报单位 line led by a Tibetan word."""
    r = read("ct_s42_nf_tibetan_title_target.txt")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["year"]) == (
        "桑珠孜区青稞良种推广补贴", "日喀则市桑珠孜区农业农村局", "日喀则市桑珠孜区农业技术推广站", 2025)
    assert (p["budget_year"], p["budget_fiscal"]) == (420 * W, 420 * W)
    assert "2025年度项目支出绩效目标表" in p["title"]
    assert indicator_targets(r) == [
        (P, N, "青稞良种推广面积", ">=", 8.0, "万亩"),
        (P, Q, "良种覆盖率", ">=", 98.0, "%"),
        (P, T, "补贴资金发放时间", None, None, None),
        (P, C, "每亩补贴标准", "=", 52.5, "元"),
        (E, EC, "亩均增产", ">=", 15.0, "公斤"),
        (E, SUS, "良种繁育体系建设", None, None, None),
        (S, SAT, "农牧民群众满意度", ">=", 95.0, "%")]
    assert "unparsed_row" not in warning_codes(r)


def test_mongolian_bilingual_word_form(read):
    """An 内蒙古 form in Word: a Mongolian title line above the Chinese, each label's cell `项目名称` with its Mongolian on
    a second line. The labels are read by their Chinese; nothing Mongolian is kept as a field."""
    r = read("ct_s42_nf_mongolian_bilingual.docx")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["year"]) == (
        "正蓝旗草原生态保护补助奖励", "正蓝旗农牧和科技局", "正蓝旗草原工作站", 2025)
    assert (p["budget_year"], p["budget_fiscal"]) == (2365.8 * W, 2365.8 * W)
    assert p["goal_annual"].startswith("落实禁牧和草畜平衡面积1,310万亩")
    assert other_fields(p) == {}
    assert indicator_targets(r) == [
        (P, N, "禁牧面积", ">=", 420.0, "万亩"),
        (P, N, "草畜平衡面积", ">=", 890.0, "万亩"),
        (P, Q, "补助资金兑付准确率", "=", 100.0, "%"),
        (P, T, "资金兑付时间", None, None, None),
        (E, ECO, "草原综合植被盖度", ">=", 32.0, "%"),
        (E, EC, "牧民户均补奖收入", ">=", 8000.0, "元"),
        (S, SAT, "农牧民满意度", ">=", 90.0, "%")]
    assert "unparsed_row" not in warning_codes(r)


def test_social_insurance_fund_parts_are_lines(read):
    """ct_s41_nw's 社会保险基金 form: `本年收入 | 21,386.00 | 其中：个人缴费收入 | 3,120.00` over `政府补贴收入 | … | 利息收入
    | …`, `本年支出 | … | 其中：基础养老金支出 | …`. The parts are budget lines of the line they are part of (income parts
    source, spending parts use); the fund's own figures stay in other_fields. Main: four unparsed rows, status partial."""
    r = read("ct_s41_nw_social_insurance_fund.txt")
    assert budget_lines(r) == [
        ("本年收入", "个人缴费收入", 3120 * W, "source"), ("本年收入", "政府补贴收入", 17642 * W, "source"),
        ("本年收入", "利息收入", 624 * W, "source"), ("本年支出", "基础养老金支出", 18960 * W, "use")]
    of = other_fields(only_project(r))
    assert (of["本年收入"], of["本年支出"], of["年末滚存结余"]) == ("21,386.00", "19,850.00", "42,715.00")
    assert r.document["status"] == "ok" and "unparsed_row" not in warning_codes(r)


def test_social_insurance_fund_self_eval_parts(read):
    """A 社会保险基金预算绩效自评表: `基金收支情况 | | 预算数 | 执行数 | 执行率` over 本年收入 / `其中：…` / 本年支出 /
    `其中：…` / 年末滚存结余 rows; goals as 预期目标 | 实际完成情况; indicators with 实际完成值."""
    r = read("ct_s42_nf_pension_fund_self_eval.txt")
    p = only_project(r)
    assert (p["form"], p["name"], p["department"], p["unit"], p["year"]) == (
        "self_eval", "机关事业单位基本养老保险基金", "宜黄县人力资源和社会保障局", "宜黄县社会保险中心", 2024)
    assert [(g, n, a, k) for g, n, a, k in budget_lines(r)] == [
        ("本年收入", "基本养老保险费收入", 9860 * W, "source"), ("本年收入", "财政补贴收入", 5380 * W, "source"),
        ("本年收入", "利息收入", 180 * W, "source"), ("本年支出", "基本养老金", 14650 * W, "use"),
        ("本年支出", "转移支出", 310 * W, "use")]
    assert p["goal_actual"].startswith("全年按月足额发放养老金")
    got = [(i["level3"], i["op"], i["value"], i["unit"], i["actual_raw"]) for i in r.tables["indicators"]]
    assert got == [
        ("参保人数", ">=", 1.2, "万人", "1.23万人"),
        ("待遇领取人数", ">=", 4800.0, "人", "4,916人"),
        ("养老金社会化发放率", "=", 100.0, "%", "100%"),
        ("养老金按月足额发放率", "=", 100.0, "%", "100%"),
        ("基金可支付月数", ">=", 6.0, "个月", "7.4个月"),
        ("参保对象满意度", ">=", 90.0, "%", "96%")]
    assert "unparsed_row" not in warning_codes(r)


def test_medical_fund_xlsx_parts_column(read):
    """An Excel 社会保险基金预算绩效目标表: `其中` in a column of its own, merged down over the parts whose labels stand in
    the column to its right."""
    r = read("ct_s42_nf_medical_fund_target.xlsx")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["year"]) == (
        "城镇职工基本医疗保险基金", "抚州市医疗保障局", "抚州市医疗保险服务中心", 2025)
    assert p["budget_total"] is None
    assert budget_lines(r) == [
        ("本年收入", "基本医疗保险费收入", 171380 * W, "source"), ("本年收入", "财政补贴收入", 2100 * W, "source"),
        ("本年收入", "利息收入", 1940.5 * W, "source"), ("本年支出", "基本医疗保险待遇支出", 178920 * W, "use")]
    assert indicator_targets(r) == [
        (P, N, "职工医保参保人数", ">=", 42.0, "万人"),
        (P, Q, "住院费用政策范围内基金支付比例", ">=", 80.0, "%"),
        (P, T, "定点医药机构费用结算及时率", "=", 100.0, "%"),
        (E, EC, "统筹基金可支付月数", ">=", 12.0, "个月"),
        (S, SAT, "参保职工满意度", ">=", 90.0, "%")]
    assert r.document["status"] == "ok" and "unparsed_row" not in warning_codes(r)


def test_target_adjustment_rows(read):
    """A 绩效目标调整申请表: `项目资金 | 调整前预算数 | 1,200.00 | 调整后预算数 | 860.00`, 调整原因, indicators under `调整前指标值
    | 调整后指标值 | 调整理由`: the target the one after, the one before and the reason in the note."""
    r = read("ct_s42_nf_target_adjust_rows.txt")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["year"]) == (
        "青原区小型水库除险加固工程", "吉安市青原区水利局", "吉安市青原区水利工程建设中心", 2024)
    assert (p["budget_initial"], p["budget_year"]) == (1200 * W, 860 * W)
    assert str(p["fill_date"]) == "2024-08-20"
    got = [(i["level3"], i["target_raw"], i["op"], i["value"], i["unit"]) for i in r.tables["indicators"]]
    assert got == [
        ("除险加固小型水库数量", "8座", "=", 8.0, "座"),
        ("工程验收合格率", "100%", "=", 100.0, "%"),
        ("工程完工时间", "2024年12月底前", None, None, None),
        ("受益人口", "≥2.4万人", ">=", 2.4, "万人"),
        ("受益群众满意度", "≥90%", ">=", 90.0, "%")]
    n0, n3 = r.tables["indicators"][0]["note"], r.tables["indicators"][3]["note"]
    assert "调整前指标值：12座" in n0 and "资金减少，4座移至下年实施" in n0
    assert "调整前指标值：≥3.6万人" in n3 and "随实施数量调整" in n3
    assert "unparsed_row" not in warning_codes(r)


def test_department_whole_self_eval(read):
    """The 部门整体支出绩效自评表 (2024年度): the money matrix's 年度资金总额 with 分值 / 执行率 / 得分, `按收入性质分 |
    按支出性质分` (each merged over two cells) over two sides of `其中：…` pairs, goals as 预期目标 | 实际完成情况, indicators
    with 分值 / 得分 / 偏差原因. Main read it so: a control. (I first wrote the heads one cell each, the spending side's
    head over the income side's amounts — no Word table's dump; main then lost `其中：一般公共预算 | 1,986.56` silently.
    I also first wrote the department's name as the project's name and 其他资金 a line: a 部门整体 form has no name, and
    其他资金 is budget_other, as the earlier tests keep it.)"""
    r = read("ct_s42_nf_dept_whole_self_eval.txt")
    p = only_project(r)
    assert (p["form"], p["name"], p["department"], p["year"]) == ("self_eval", None, "莲花县市场监督管理局", 2024)
    assert (p["budget_initial"], p["budget_year"], p["spent"], p["execution_rate"], p["score"]) == (
        1846.3 * W, 2012.56 * W, 1958.41 * W, 0.9731, 97.73)
    assert p["budget_other"] == 26 * W
    # (其他资金 after the income side's lines is a source line too, and budget_other — hunt s42 mn: the income lines
    # are the year's budget's breakdown, CONTRACT.md's budget_items, and now add up to its 2,012.56)
    assert [(n, a, k) for _, n, a, k in budget_lines(r)] == [
        ("基本支出", 1512.2 * W, "use"), ("一般公共预算", 1986.56 * W, "source"), ("项目支出", 500.36 * W, "use"),
        ("政府性基金拨款", 0.0, "source"), ("其他资金", 26 * W, "source")]
    assert p["goal_actual"].startswith("完成食品安全抽检1,862批次")
    assert _actuals(r)[5] == (SUS, "市场监管信用信息归集率", ">=", 95.0, "%", "92%", 10.0, 8.0)
    assert [x[-2:] for x in _actuals(r)] == [(20.0, 20.0), (10.0, 10.0), (10.0, 10.0), (10.0, 10.0), (20.0, 20.0),
                                             (10.0, 8.0), (10.0, 10.0)]
    assert r.tables["indicators"][4]["op"] == "=" and r.tables["indicators"][4]["value"] == 0.0
    assert "unparsed_row" not in warning_codes(r)


def test_korean_gloss_after_labels(read):
    """A 延边 form dumped to text: the Korean title above the Chinese, each label followed in its cell by its Korean
    (`项目名称 항목명칭`, `项目资金（万元） 항목자금(만원)`)."""
    r = read("ct_s42_nf_korean_gloss_target.txt")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["year"]) == (
        "延吉市朝鲜族非物质文化遗产保护传承", "延吉市文化广播电视和旅游局", "延吉市非物质文化遗产保护中心", 2025)
    assert (p["budget_year"], p["budget_fiscal"]) == (85 * W, 85 * W)
    assert p["goal_annual"].startswith("开展朝鲜族农乐舞")
    assert other_fields(p) == {}
    assert [x[2:] for x in indicator_targets(r)] == [
        ("非遗传承培训期数", "=", 12.0, "期"), ("培训学员人次", ">=", 360.0, "人次"), ("非遗展演活动场次", "=", 6.0, "场"),
        ("培训完成时间", None, None, None), ("非遗项目传承人数增长", ">=", 10.0, "%"), ("参训学员满意度", ">=", 90.0, "%")]
    assert "unparsed_row" not in warning_codes(r)


def test_uyghur_bilingual_word_form(read):
    """A 新疆 form in Word: the Uyghur title above the Chinese, each label cell in Chinese with its Uyghur under it."""
    r = read("ct_s42_nf_uyghur_bilingual.docx")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["year"]) == (
        "疏附县高标准农田建设配套灌溉设施", "疏附县农业农村局", "疏附县农田建设服务中心", 2025)
    assert (p["budget_year"], p["budget_fiscal"]) == (1560 * W, 1560 * W)
    assert p["goal_annual"].startswith("新建高标准农田配套滴灌设施2.5万亩")
    assert other_fields(p) == {}
    assert [x[2:] for x in indicator_targets(r)] == [
        ("配套滴灌设施面积", ">=", 2.5, "万亩"), ("工程验收合格率", "=", 100.0, "%"), ("工程完工时间", None, None, None),
        ("亩均节水", ">=", 120.0, "立方米"), ("农田灌溉水有效利用系数", ">=", 0.62, None),
        ("受益农户满意度", ">=", 90.0, "%")]
    assert "unparsed_row" not in warning_codes(r)


def test_script_gloss_label_keys():
    """A label with its gloss in Mongolian, Tibetan, Uyghur or Korean script beside or under it is its Chinese label;
    a label wholly in such a script is no field (nothing left to match), a value with Chinese in it stays a value."""
    from parsers.core import label_key, match_field
    assert match_field("项目名称\nᠲᠥᠰᠥᠯ ᠦᠨ ᠨᠡᠷ᠎ᠡ") == ("name", None)
    assert match_field("ལས་གཞིའི་མིང་། 项目名称") == ("name", None)
    assert match_field("实施单位\nئىجرا قىلغۇچى ئورۇن") == ("unit", None)
    assert match_field("主管部门 주관부문") == ("department", None)
    assert match_field("年度绩效目标\nᠵᠢᠯ ᠦᠨ ᠠᠵᠢᠯ ᠦᠨ ᠦᠷ᠎ᠡ ᠳ᠋ᠦᠩ ᠦᠨ ᠵᠣᠷᠢᠯᠭ᠎ᠠ") == ("goal_annual", None)
    assert match_field("ᠲᠥᠰᠥᠯ ᠦᠨ ᠨᠡᠷ᠎ᠡ") is None and label_key("주관부문") == "주관부문"
