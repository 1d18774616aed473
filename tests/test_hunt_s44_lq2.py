"""Hunt lq2 (session 44): project lists, the fourth round after hunts lt, ly and lq — a class heading of no `…类` name
(`一、基础设施建设`, `（一）教育`), two other-money columns (`自筹资金 | 社会资本`, or under a `其他资金` group head) and a 合计
over them, a parent row's own goal over children declaring theirs, a 转移支付 分配表 of places after its form, a `绩效目标`
head over level heads (`产出目标 | 效益目标 | 满意度`), a goal cell of levels' items. Each expectation below was written
by hand from the form before jixiao was run."""
from tests.hunt_tools import other_fields, warning_codes

W = 10000.0


def _projects(r, *keys):
    return [tuple(p[k] for k in keys) for p in r.tables["projects"]]


def test_class_headings_of_no_lei_name(read):
    # main: every category null — `一、基础设施建设` (a line), `二、社会事业` over `（一） | 教育`, `（二） | 卫生` (rows) no
    # class: only a heading ending in 类 named one
    r = read("ct_s44_lq2_class_heading_no_lei.txt")
    assert _projects(r, "name", "unit", "budget_total", "category") == [
        ("城区雨污分流改造工程", "县住房和城乡建设局", 800 * W, "基础设施建设"),
        ("县城停车场建设项目", "县城市管理局", 300 * W, "基础设施建设"),
        # (the lowest heading over it: `（一）教育` under `二、社会事业`)
        ("城关第二小学教学楼建设", "县教育局", 450 * W, "教育"),
        ("乡镇卫生院设备购置", "县卫生健康局", 200 * W, "卫生")]
    assert "total_row_mismatch" not in warning_codes(r)


def test_two_other_money_columns_under_the_money_head(read):
    # main: budget_other 100 (the 自筹 alone), `社会资本: 200` an other field, a false fiscal_other_mismatch (300 + 100
    # against 600)
    r = read("ct_s44_lq2_two_other_money.txt")
    assert _projects(r, "name", "budget_total", "budget_fiscal", "budget_other") == [
        ("农产品冷链物流中心", 600 * W, 300 * W, 300 * W), ("乡村旅游步道建设", 250 * W, 200 * W, 50 * W),
        ("光伏帮扶电站", 400 * W, 400 * W, None)]
    # (each part kept under its head in the list's unit)
    assert other_fields(r.tables["projects"][0]) == {"自筹资金（万元）": "100", "社会资本（万元）": "200"}
    assert "fiscal_other_mismatch" not in warning_codes(r)


def test_other_money_group_head_over_its_parts(read):
    # main: `其他资金` over `自筹资金 | 社会资本`: budget_other 80 (the 自筹 alone), 社会资本 an other field, a false
    # fiscal_other_mismatch (300 + 80 against 500); the 合计 row never checked (its figures under the 社会资本 column,
    # no money column's)
    r = read("ct_s44_lq2_other_money_group.txt")
    assert _projects(r, "name", "budget_total", "budget_fiscal", "budget_other") == [
        ("古镇游客服务中心建设", 500 * W, 300 * W, 200 * W), ("乡村民宿提升改造", 200 * W, 150 * W, 50 * W),
        ("非遗展示馆布展", 90 * W, 80 * W, 10 * W)]
    assert "fiscal_other_mismatch" not in warning_codes(r)
    # the 合计 `790 | 530 | 150 | 120`: its 自筹 150 where the projects' is 140 (80 + 50 + 10), so its other money 270
    # against their 260; its total and fiscal money theirs
    got = [w["message"] for w in r.tables["warnings"] if w["code"] == "total_row_mismatch"]
    assert len(got) == 1 and "budget_other" in got[0] and "2,700,000" in got[0] and "2,600,000" in got[0]


def test_parent_goal_kept_in_its_projects(read):
    # main: the parent `1 | 农村饮水安全巩固提升工程 | 县水利局 | 500 | 巩固提升…92% | 农村自来水普及率≥92%` a group (its
    # name the category of 1.1 and 1.2, right), its goal and indicator dropped
    r = read("ct_s44_lq2_parent_goal_children.txt")
    assert _projects(r, "name", "unit", "budget_total", "category") == [
        ("城关片区供水管网改造", "县供排水公司", 300 * W, "农村饮水安全巩固提升工程"),
        ("山区分散供水工程", "县农村供水站", 200 * W, "农村饮水安全巩固提升工程"),
        ("水土保持综合治理", "县水土保持站", 150 * W, None)]
    # the group's aim kept in each of its projects under `上级项目` and the column's head (no project of its own: no
    # indicator row, its money not counted again)
    aim = {"上级项目年度绩效目标": "巩固提升农村供水保障水平，农村自来水普及率达到92%", "上级项目主要绩效指标": "农村自来水普及率≥92%"}
    assert [other_fields(p) for p in r.tables["projects"]] == [aim, aim, {}]
    assert len(r.tables["indicators"]) == 3
    assert "total_row_mismatch" not in warning_codes(r)


def test_place_list_after_a_form(read):
    # main: the form read (1 project, 3 indicators), the 分配表 of places attached to it lost (the list reader gives
    # none in a document that holds a form; the form's reader read nothing of it)
    r = read("ct_s44_lq2_form_then_regions.txt")
    assert _projects(r, "name", "budget_year", "goal_annual") == [
        ("农村综合改革转移支付", 2000 * W, "支持200个行政村开展美丽乡村建设，改善农村人居环境"),
        # (one project a place, named by the fund the list's title names and the place, as a list alone is read)
        ("农村综合改革转移支付资金（桃源县）", 800 * W, "支持80个村开展美丽乡村建设"),
        ("农村综合改革转移支付资金（石门县）", 700 * W, "支持70个村开展美丽乡村建设"),
        ("农村综合改革转移支付资金（澧县）", 500 * W, "支持50个村开展美丽乡村建设")]
    assert [other_fields(p) for p in r.tables["projects"]][1:] == [{"地区": "桃源县"}, {"地区": "石门县"}, {"地区": "澧县"}]
    assert len(r.tables["indicators"]) == 3
    assert "total_row_mismatch" not in warning_codes(r)


def _inds(r, k):
    pid = r.tables["projects"][k]["project_id"]
    return [(i["level1"], i["level3"], i["op"], i["value"], i["unit"]) for i in r.tables["indicators"]
            if i["project_id"] == pid]


def test_goal_head_over_level_subheads(read):
    # main: `绩效目标` over `产出目标 | 效益目标 | 满意度`: goal_annual the 产出目标's cell alone, the 效益 and 满意度 cells
    # lost, no indicator
    r = read("ct_s44_lq2_goal_level_subheads.txt")
    assert _projects(r, "name", "unit", "budget_total", "goal_annual") == [
        ("茶叶加工厂扩建", "永安乡人民政府", 150 * W, None), ("村组道路硬化", "石门乡人民政府", 90 * W, None)]
    # each sub-head a level's column, its cell that level's indicator (the level as written)
    assert [_inds(r, k) for k in range(2)] == [
        [("产出目标", "新建车间", ">=", 800.0, "平方米"), ("效益目标", "带动脱贫户增收", ">=", 1000.0, "元"),
         ("满意度", "群众满意度", ">=", 90.0, "%")],
        [("产出目标", "硬化道路", ">=", 3.0, "公里"), ("效益目标", "受益群众", ">=", 800.0, "人"),
         ("满意度", "群众满意度", ">=", 95.0, "%")]]
    assert [i["level1_std"] for i in r.tables["indicators"][:3]] == ["output", "outcome", "satisfaction"]


def test_xlsx_library_merged_heads(read):
    # main: categories null (`一、产业发展`, `二、基础设施` merged across the sheet), budget_other 30 of project 1 (the 自筹
    # alone; 社会资本 50 an other field), goal_annual the 产出目标 alone and no indicator
    r = read("ct_s44_lq2_xlsx_library.xlsx")
    assert _projects(r, "name", "unit", "category", "budget_total", "budget_fiscal", "budget_other") == [
        ("茶叶加工厂扩建", "县农业农村局", "产业发展", 200 * W, 120 * W, 80 * W),
        ("肉牛养殖示范基地", "县畜牧兽医中心、永安乡人民政府", "产业发展", 150 * W, 150 * W, None),
        ("村组道路硬化", "县交通运输局", "基础设施", 90 * W, 90 * W, None)]
    # (two bodies named with no role word: the cell as written, as a form's two 实施单位 are joined and hunt dl's
    # list cell `县农业农村局、县财政局` stays whole — lead_unit names a lead only by a role word)
    assert other_fields(r.tables["projects"][1]) == {}
    assert [len(_inds(r, k)) for k in range(3)] == [3, 3, 3]
    assert _inds(r, 1)[0] == ("产出目标", "新建牛舍", "=", 4.0, "栋")
    assert "fiscal_other_mismatch" not in warning_codes(r)


def test_docx_place_list_after_a_form(read):
    # main: the form's project alone; the 资金分配表 over 市县 after it lost
    r = read("ct_s44_lq2_docx_form_then_regions.docx")
    assert _projects(r, "name", "budget_year", "goal_annual") == [
        ("农村综合改革转移支付", 1500 * W, "支持150个行政村开展美丽乡村建设，改善农村人居环境"),
        ("农村综合改革转移支付资金（桃源县）", 900 * W, "支持90个村开展美丽乡村建设"),
        ("农村综合改革转移支付资金（澧县）", 600 * W, "支持60个村开展美丽乡村建设")]
    assert len(r.tables["indicators"]) == 3


def test_goal_cell_of_levels_items(read):
    # main: each `绩效目标` cell (`产出指标：…≥90%；效益指标：…≥28%；满意度指标：…≥85%`) goal_annual as written, no indicator
    r = read("ct_s44_lq2_goal_cell_levels.txt")
    assert _projects(r, "name", "unit", "budget_year", "goal_annual") == [
        ("基本公共卫生服务", "县疾控中心", 680 * W, None), ("家庭医生签约服务", "县人民医院", 120 * W, None)]
    # levels' items only, no goal sentence: read as an indicator cell is, each item its level's
    assert [_inds(r, k) for k in range(2)] == [
        [("产出指标", "居民健康档案建档率", ">=", 90.0, "%"), ("效益指标", "居民健康素养水平", ">=", 28.0, "%"),
         ("满意度指标", "群众满意度", ">=", 85.0, "%")],
        [("产出指标", "重点人群签约率", ">=", 75.0, "%"), ("效益指标", "签约居民续约率", ">=", 80.0, "%")]]
