"""Hunt DL (session 39): departments, units, budget lines and lists of projects — the last note's leftovers (a 政府采购预算表
above a form, a 支出明细 table under a `项目资金（万元）` block, `二、县教育局` between two lists, a 下达 notice's 乡镇 column, a
list with no goal column, a 部门整体 list without 整体 written, a 部门整体 form's 资金总额 and 资金分配表), then forms and lists
of counties, districts and cities of other provinces with money in odd places (tests/fixtures/review/ct_s39_dl_*; the
binary ones made by tests/fixtures/make_s39_dl.py). Each expectation was written by hand before the run."""
from __future__ import annotations

from tests.hunt_tools import budget_lines, indicator_targets, only_project, other_fields, warning_codes

P = "ct_s39_dl_"


def _ps(r, *cols):
    return [tuple(p[c] for c in cols) for p in r.tables["projects"]]


# ---------------------------------------------------------------- the leftovers

def test_purchase_table_above_form_is_no_project(read):
    # main already right: the 政府采购预算表 above is said not_a_form, the form below the file's one project
    r = read(P + "purchase_table_above.txt")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"]) == ("县人民医院医疗设备购置项目", "县卫生健康局", "县人民医院")
    assert (p["budget_year"], p["budget_fiscal"]) == (1500000.0, 1500000.0)
    assert budget_lines(r) == []
    assert "not_a_form" in warning_codes(r)
    assert indicator_targets(r) == [("产出指标", "数量指标", "购置CT设备数量", "=", 1.0, "台"),
                                    ("效益指标", "社会效益指标", "患者检查等待时间", "<=", 3.0, "天"),
                                    ("满意度指标", "服务对象满意度指标", "患者满意度", ">=", 90.0, "%")]


def test_detail_table_in_the_money_blocks_unit(read):
    # main: 40 / 30 / 50 元 (and budget_sum_mismatch); the block above says 万元 and the lines add up to its 120 so
    r = read(P + "detail_under_wan_head.txt")
    p = only_project(r)
    assert (p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (1200000.0, 1200000.0, 0.0)
    assert [(n, a) for _, n, a, _ in budget_lines(r)] == [("疫苗冷链运输", 400000.0), ("健康教育宣传", 300000.0),
                                                         ("人员培训", 500000.0)]
    assert "budget_sum_mismatch" not in warning_codes(r)


def test_department_line_over_each_list(read):
    # main: no department on any of the four (the `一、` / `二、` lines sit above each list's head row)
    r = read(P + "two_lists_dept_line.txt")
    assert _ps(r, "name", "department", "unit", "budget_year") == [
        ("高标准农田建设项目", "县农业农村局", "县农业技术推广中心", 5000000.0),
        ("农村人居环境整治项目", "县农业农村局", "县农村能源站", 2000000.0),
        ("义务教育薄弱环节改善项目", "县教育局", None, 3000000.0),
        ("学生营养改善计划", "县教育局", None, 1500000.0)]
    assert indicator_targets(r) == [("产出指标", None, "改造校舍面积", ">=", 3000.0, "平方米"),
                                    ("产出指标", None, "受益学生", ">=", 5000.0, "人")]


def test_notice_town_column_is_the_unit(read):
    # main: unit None, other_fields {"乡镇": "城关镇"}
    r = read(P + "town_column_notice.txt")
    assert _ps(r, "name", "unit", "department", "budget_year", "goal_annual") == [
        ("东关村产业路硬化项目", "城关镇", None, 600000.0, "硬化产业路3公里，受益农户200户"),
        ("永安村茶叶加工厂建设项目", "永安乡", None, 800000.0, "新建茶叶加工厂1座，带动脱贫户增收")]
    assert [other_fields(p) for p in r.tables["projects"]] == [{}, {}]


def test_list_without_goal_is_no_form(read):
    # decided: a plan of names, units, money and works declares no target (docs/SCHEMA.md project_list): no project
    r = read(P + "list_no_goal.txt")
    assert r.tables["projects"] == []


def test_whole_list_without_the_word(read):
    # main: nothing (layout unknown); 单位名称 | 预算金额 | 年度绩效目标 | 产出指标 is a list of bodies' whole targets
    r = read(P + "whole_list_no_title.txt")
    assert _ps(r, "name", "department", "unit", "budget_year", "goal_annual") == [
        (None, "县文化和旅游局", None, 6000000.0, "保障机关正常运转，举办文化惠民演出"),
        (None, None, "县图书馆", 1500000.0, "保障图书借阅服务")]
    assert indicator_targets(r) == [("产出指标", None, "文化惠民演出", ">=", 50.0, "场"),
                                    ("满意度指标", None, "群众满意度", ">=", 90.0, "%"),
                                    ("产出指标", None, "新增藏书", ">=", 5000.0, "册"),
                                    ("满意度指标", None, "读者满意度", ">=", 90.0, "%")]


def test_whole_form_total_and_allocation(read):
    # main already right: 资金总额 the budget_total, the 资金分配表's uses in 万元
    r = read(P + "whole_total.txt")
    p = only_project(r)
    assert (p["department"], p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (
        "县市场监督管理局", 8500000.0, 8000000.0, 500000.0)
    assert budget_lines(r) == [("支出", "基本支出", 6000000.0, "use"), ("支出", "项目支出", 2500000.0, "use")]


# ---------------------------------------------------------------- forms and lists of other provinces

def test_title_unit_and_parts(read):
    r = read(P + "w01_title_unit.txt")
    p = only_project(r)
    assert (p["department"], p["unit"], p["budget_year"], p["budget_fiscal"]) == (
        "仪陇县交通运输局", "仪陇县公路养护中心", 850000.0, 850000.0)
    assert budget_lines(r) == [("项目资金", "上级补助", 500000.0, "source"), ("项目资金", "本级安排", 350000.0, "source")]
    assert len(r.tables["indicators"]) == 3


def test_detail_head_in_yuan(read):
    r = read(P + "w02_head_yuan.xlsx")
    p = only_project(r)
    assert (p["department"], p["unit"], p["budget_year"]) == ("兰州市七里河区民政局", "七里河区社会福利中心", 360000.0)
    assert [(n, a) for _, n, a, _ in budget_lines(r)] == [("老年人助餐补贴", 240000.0), ("上门服务补贴", 120000.0)]


def test_carryover_not_fiscal(read):
    r = read(P + "w03_carryover.docx")
    p = only_project(r)
    assert (p["department"], p["unit"], p["budget_year"], p["budget_fiscal"]) == (
        "万载县水利局", "万载县农村供水管理站", 2000000.0, 1500000.0)
    assert budget_lines(r) == [("项目资金", "上年结转资金", 500000.0, "source")]
    assert indicator_targets(r)[1] == ("效益指标", "社会效益指标", "受益人口", ">=", 12.0, "万人")


def test_city_list_merged_department_rows(read):
    r = read(P + "w04_city_list_headings.xlsx")
    assert _ps(r, "name", "department", "unit", "budget_year") == [
        ("老旧小区改造项目", "市住房和城乡建设局", "市城市更新中心", 12000000.0),
        ("城市燃气管道更新项目", "市住房和城乡建设局", "市燃气管理处", 8000000.0),
        ("城区排水管网改造项目", "市水务局", "市排水管理中心", 6000000.0)]


def test_city_page_district_column(read):
    # main: both districts in other_fields ({"县区": "榆阳区"}); after the 乡镇 column's fix 横山区 still one, 山区 read
    # as a kind of area
    r = read(P + "w05_city_districts.html")
    assert _ps(r, "name", "unit", "budget_year") == [("马合镇肉羊养殖园区建设项目", "榆阳区", 3000000.0),
                                                     ("殿市镇小杂粮加工项目", "横山区", 1500000.0)]
    assert [other_fields(p) for p in r.tables["projects"]] == [{}, {}]


def test_street_whole_form_tasks_in_block_unit(read):
    # main: the tasks 250 / 150 元 (their 任务名称 | 主要内容 | 预算金额 head beside no money matrix); they add up to the
    # block's 项目支出 400 万元
    r = read(P + "w06_street_whole.docx")
    p = only_project(r)
    assert (p["department"], p["budget_total"]) == ("南京市鼓楼区宁海路街道办事处", 15000000.0)
    assert [(n, a, k) for _, n, a, k in budget_lines(r)] == [
        ("基本支出", 11000000.0, "use"), ("项目支出", 4000000.0, "use"),
        ("社区治理", 2500000.0, "composition"), ("为民服务", 1500000.0, "composition")]


def test_self_eval_unit_in_title(read):
    p = only_project(read(P + "w07_self_eval_title_unit.xlsx"))
    assert (p["form"], p["department"], p["unit"]) == ("self_eval", "鹿邑县人力资源和社会保障局", "鹿邑县就业服务中心")
    assert (p["budget_initial"], p["budget_year"], p["spent"], p["execution_rate"]) == (
        1000000.0, 1000000.0, 950000.0, 0.95)


def test_department_code(read):
    p = only_project(read(P + "w08_dept_code.docx"))
    assert (p["department"], p["department_code"], p["unit"], p["budget_year"]) == (
        "通山县医疗保障局", "215", "通山县医疗保障服务中心", 420000.0)


def test_list_money_parts_without_total(read):
    # main: budget_total 400000 / 600000 (the 上级补助 part alone, 本级安排 lost)
    r = read(P + "w09_list_sub_money.txt")
    assert _ps(r, "name", "unit", "budget_total") == [("白沙村茶园提质增效项目", "白沙镇人民政府", 500000.0),
                                                      ("红岩村农产品冷链仓储项目", "红岩乡人民政府", 800000.0)]
    assert other_fields(r.tables["projects"][1]) == {"上级补助（万元）": "60", "本级安排（万元）": "20"}


def test_department_from_title(read):
    r = read(P + "w10_dept_in_title.txt")
    p = only_project(r)
    assert (p["department"], p["unit"], p["budget_year"]) == ("宁夏回族自治区固原市生态环境局", "固原市环境监测站", 600000.0)
    assert "department_from_title" in warning_codes(r)


def test_list_head_in_yuan(read):
    r = read(P + "w11_list_yuan_head.txt")
    assert _ps(r, "name", "department", "budget_year") == [("城乡环卫一体化运营项目", "清水县城市管理局", 3600000.0),
                                                           ("县城道路维修项目", "清水县住房和城乡建设局", 850000.0)]
    assert indicator_targets(r) == [("产出指标", None, "垃圾清运量", ">=", 2.0, "万吨"),
                                    ("产出指标", None, "维修路面面积", ">=", 8000.0, "平方米")]


def test_fill_unit_line_and_parts(read):
    r = read(P + "w12_part_rows_form.txt")
    p = only_project(r)
    assert (p["department"], p["unit"], p["budget_total"]) == ("榕江县农业农村局", "榕江县水产站", 1200000.0)
    assert budget_lines(r) == [("项目资金", "省级资金", 1000000.0, "source"), ("项目资金", "县级配套", 200000.0, "source")]
    assert indicator_targets(r)[1] == ("效益指标", "经济效益指标", "亩均增收", ">=", 800.0, "元")


def test_two_heads_in_one_sheet(read):
    # main: 4 projects — the second head row a project (`项目名称`, unit `预算金额`), the second list's rows under the
    # first list's columns (unit `300`, other_fields {"资金": "保障学生营养餐供应"}), the first list's department lost
    r = read(P + "w13_two_heads_one_sheet.xlsx")
    assert _ps(r, "name", "department", "unit", "budget_year", "goal_annual") == [
        ("高标准农田建设项目", "沂南县农业农村局", "沂南县农业技术推广中心", 5000000.0, "建成高标准农田1万亩"),
        ("义务教育薄弱环节改善项目", "沂南县教育和体育局", None, 3000000.0, "改善3所学校办学条件"),
        ("学生营养改善计划", "沂南县教育和体育局", None, 1500000.0, "保障学生营养餐供应")]
    assert [other_fields(p) for p in r.tables["projects"]] == [{}, {}, {}]
    assert indicator_targets(r) == [("产出指标", None, "改造校舍面积", ">=", 3000.0, "平方米"),
                                    ("产出指标", None, "受益学生", ">=", 5000.0, "人")]
