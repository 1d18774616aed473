"""Review ra (session 40): the session's merged rules (hunt lp: lists over printed pages, page marks, another table's
head in a list's frame, town governments, 采购数量 heads; hunt nf: stacked summary heads, web footer codes, 数值
target heads) run on other forms than their own. Each expectation was written by hand from the form before jixiao
ran; `start` is main at the session's start, `merged` main with hunts lp and nf merged (this branch's base). The PDFs
are LibreOffice Calc prints (tests/fixtures/make_s40_ra.py)."""
from tests.hunt_tools import indicator_targets, only_project, other_fields

W = 10000.0
P, E, S = "产出指标", "效益指标", "满意度指标"
TOWNS = ["城关镇", "永安乡", "河口镇", "青石乡", "柳林镇", "双河镇", "白沙镇"]
STREETS = ["城东街道", "城西街道", "城南街道", "城北街道", "新华街道"]


def _levels(r):
    return [(i["level1"], i["level2"], i["level3"], i["target_raw"]) for i in r.tables["indicators"]]


def test_dept_stats_table_of_value_column_is_no_indicator_table(read):
    # 部门基本情况 `项目 | 单位 | 数值` (编制人数 | 人 | 18): merged read 编制人数 / 实有人数 as indicators (the new 数值
    # target head; start did not); a bare 数值 heads a target only beside the levels or the indicator's name
    r = read("ct_s40_ra_dept_stats_value.txt")
    assert _levels(r) == [(P, "数量指标", "完成统计调查项目数", "≥25项"), (E, "社会效益指标", "统计数据公开及时率", "100%")]


def test_symbol_and_indicator_value_columns(read):
    # 三级指标 | 符号 | 指标数值 | 计量单位: start lost every target (None); merged reads them
    r = read("ct_s40_ra_symbol_value.txt")
    assert indicator_targets(r) == [(P, "数量指标", "排查学校数", ">=", 42.0, "所"), (P, "时效指标", "完成时间", "<=", 10.0, "月"),
                                    (S, "服务对象满意度指标", "师生满意度", ">=", 90.0, "%")]


def test_stacked_summary_head_with_note_column_right_of_levels(read):
    # 序号 | 项目名称 | 项目资金（万元） | 绩效指标 | 备注 over 合计 | 一级指标 … 指标值: start read each level head as an
    # indicator (一级指标 = 产出指标); merged read one project of no name, all four indicators under it (the 备注 head
    # right of the levels stopped the stacked head); now two projects of two indicators each
    r = read("ct_s40_ra_summary_note_after.txt")
    ps = r.tables["projects"]
    assert [(p["name"], p["department"], p["budget_total"]) for p in ps] == [
        ("农村饮水安全维修养护项目", "县水利局", 42 * W), ("山塘水库除险加固项目", "县水利局", 120 * W)]
    by = [[(i["level3"], i["target_raw"]) for i in r.tables["indicators"] if i["project_id"] == p["project_id"]] for p in ps]
    assert by == [[("维修供水工程处数", "≥15处"), ("受益人口", "≥8000人")], [("工程验收合格率", "100%"), ("群众满意度", "≥90%")]]


def test_stacked_summary_head_three_rows_txt(read):
    # start: each level head an indicator, no 财政拨款 / 其他资金
    r = read("ct_s40_ra_summary_three_rows.txt")
    assert [(p["name"], p["unit"], p["budget_total"], p["budget_fiscal"], p["budget_other"]) for p in r.tables["projects"]] == [
        ("城区背街小巷改造项目", "市住房和城乡建设局", 300 * W, 280 * W, 20 * W), ("市民公园提升项目", "市城市管理局", 85 * W, 85 * W, 0.0)]
    assert _levels(r) == [(P, "数量指标", "改造背街小巷条数", "≥12条"), (E, "社会效益指标", "居民出行条件", "明显改善"),
                          (P, "时效指标", "完工时间", "2024年10月底前")]


def test_calc_summary_three_row_head_over_four_pages(read):
    # 14 projects of 3 indicators, the head three rows deep with 备注 right of the levels, printed over 4 pages: each
    # page's rows a grid of their own, the cut merged cells' texts printed again as lines, the last page the levels'
    # columns only. start: 4 projects (page 1), each level head an indicator; merged: 4 projects of 40 indicators
    # each (the later pages' rows under every project)
    r = read("ct_s40_ra_calc_summary_three_rows.pdf")
    ps = r.tables["projects"]
    assert [(p["name"], p["budget_total"], p["budget_fiscal"], p["budget_other"]) for p in ps] == [
        (f"{STREETS[i % 5]}老旧小区改造项目{i}", (50 + i) * W, (40 + i) * W, 10 * W) for i in range(1, 15)]
    # (the 实施单位 column: the unit of projects 5-14; projects 1-4, page 1, have it as department — noticed, left)
    assert all("县住房和城乡建设局" in (p["unit"], p["department"]) for p in ps)
    for i, p in enumerate(ps, 1):
        assert [(x["level1"], x["level3"], x["target_raw"]) for x in r.tables["indicators"]
                if x["project_id"] == p["project_id"]] == [
            (P, "改造小区数", f"＝{i}个"), (E, "受益居民户数", f"≥{100 * i}户"), (S, "居民满意度", "≥90%")]


def test_calc_list_with_note_and_plan_table(read):
    # 38 projects over 2 pages, 合计, a note, then `附：资金拨付计划` and 编号 | 乡镇 | 拨付批次 | 金额: start read 13
    # (page 1); the plan's rows are no projects
    r = read("ct_s40_ra_calc_note_and_plan.pdf")
    ps = r.tables["projects"]
    assert [(p["name"], p["unit"], p["budget_year"]) for p in ps] == [
        (f"{TOWNS[i % 7]}山塘整治项目{i}", TOWNS[i % 7], (5 + i) * W) for i in range(1, 39)]
    assert _levels(r) == [(P, None, "整治山塘", f"＝{i}口") for i in range(1, 39)]


def test_calc_lists_numbered_per_body(read):
    # （一）县教育局 1-22, （二）县卫生健康委员会 1-20, each heading a merged row of the frame: start 18 projects (page 1);
    # merged 42 but the second body lost (an organisation's name ending 委员会 was none)
    r = read("ct_s40_ra_calc_numbered_per_body.pdf")
    ps = r.tables["projects"]
    assert [(p["name"], p["department"], p["budget_year"]) for p in ps] == \
        [(f"学校校舍维修项目{i}", "县教育局", (8 + i) * W) for i in range(1, 23)] \
        + [(f"卫生院设备购置项目{i}", "县卫生健康委员会", (8 + i) * W) for i in range(1, 21)]


def test_calc_streets_list_with_sign_off(read):
    # no 序号, 45 projects, 街道 | 城东街道办事处, 合计, then 填报人 | 审核人 | 填报日期 in the frame: start 21 projects
    # (page 1); merged 46, the sign-off row a project named 填报人：刘xx; the 街道 column was an other field
    r = read("ct_s40_ra_calc_streets_sign_off.pdf")
    ps = r.tables["projects"]
    assert [(p["name"], p["unit"], p["budget_year"]) for p in ps] == [
        (f"{STREETS[i % 5]}社区养老服务站运营项目{i}", f"{STREETS[i % 5]}办事处", (3 + i) * W) for i in range(1, 46)]
    assert not any("街道" in other_fields(p) for p in ps)


def test_list_then_other_table_and_town_governments(read):
    r = read("ct_s40_ra_list_then_plan.txt")
    ps = r.tables["projects"]
    # 乡镇 | 永安乡人民政府: the unit (start: an other field); 各乡镇人民政府 is many bodies: kept as it is
    assert [(p["name"], p["unit"], p["budget_year"]) for p in ps] == [
        ("城关镇产业路硬化项目", "城关镇", 45 * W), ("永安乡茶叶加工厂建设项目", "永安乡人民政府", 80 * W),
        ("河口镇冷链仓储项目", None, 60 * W)]
    assert other_fields(ps[2]) == {"乡镇": "各乡镇人民政府"}


def test_list_then_table_of_no_serial_head(read):
    # both trees: the 乡镇 | 拨付批次 | 金额 rows are no projects
    r = read("ct_s40_ra_list_second_table_noseq.txt")
    assert [(p["name"], p["budget_year"]) for p in r.tables["projects"]] == [
        ("森林防火能力提升项目", 48 * W), ("公益林管护项目", 96 * W), ("林业有害生物防治项目", 22 * W)]


def test_list_two_row_head_repeated_in_dump(read):
    # 资金规模（万元） over 小计 | 中央资金 | 县级资金, the head's two rows printed again after `第 1 页`: start dropped
    # the sources; merged keeps them under their heads in the group's unit
    r = read("ct_s40_ra_list_two_row_head_repeat.txt")
    ps = r.tables["projects"]
    assert [(p["name"], p["budget_total"], other_fields(p).get("中央资金（万元）"), other_fields(p).get("县级资金（万元）"))
            for p in ps] == [("白沙镇茶园提质改造项目", 60 * W, "50", "10"), ("柳林镇冷链物流中心项目", 120 * W, "100", "20"),
                             ("双河镇高标准农田配套项目", 85 * W, "80", "5")]


def test_list_running_heading_again(read):
    # `一、县农业农村局（续）` and `单位：万元` over the list's next page: start lost project 3
    r = read("ct_s40_ra_list_running_heading.txt")
    ps = r.tables["projects"]
    assert [(p["name"], p["budget_year"]) for p in ps] == [
        ("耕地地力保护项目", 210 * W), ("动物防疫项目", 36 * W), ("农机购置补贴项目", 150 * W), ("河道清淤项目", 75 * W)]
    assert [p["department"] for p in ps] == ["县农业农村局"] * 3 + ["县水利局"]
    # (河道清淤项目: the dump glued `二、县水利局` and `单位：万元` into its head's 序号 cell, its department lost in both
    # trees; hunt lw: a unit line alone is no piece of a cut head cell)
    assert all(p["other_fields"] is None for p in ps)


def test_web_footer_code_and_quantity_names(read):
    p = only_project(read("ct_s40_ra_footer_code.txt"))
    assert (p["name"], p["budget_year"], p["budget_fiscal"]) == ("城乡居民医疗救助项目", 320 * W, 320 * W)
    # start: 3607300012 (the footer's code) an indicator of its own
    assert _levels(read("ct_s40_ra_footer_code.txt")) == [
        (P, "数量指标", "资助参保人数", "≥5200人"), (S, "服务对象满意度指标", "救助对象满意度", "≥90%")]
    # 采购数量 / 配置数量 as indicators' names (the new quantity heads of a breakdown): still indicators
    r = read("ct_s40_ra_form_indicator_qty.txt")
    assert _levels(r) == [(P, "数量指标", "采购数量", "≥120台（套）"), (P, "数量指标", "配置数量", "＝8所"),
                          (P, "质量指标", "验收合格率", "100%"), (S, "服务对象满意度指标", "师生满意度", "≥90%")]
    assert r.tables["budget_items"] == []


def test_self_evaluation_unchanged(read):
    r = read("ct_s40_ra_score_value_col.txt")
    assert _levels(r) == [(P, "数量指标", "养护里程", "≥320公里"), (P, "质量指标", "优良路率", "≥75%"),
                          (E, "社会效益指标", "群众出行条件", "有效改善"), (S, "服务对象满意度指标", "沿线群众满意度", "≥90%")]
