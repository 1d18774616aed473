"""Hunt lq2 (session 44): project lists, the fourth round after hunts lt, ly and lq — a class heading of no `…类` name
(`一、基础设施建设`, `（一）教育`), two other-money columns (`自筹资金 | 社会资本`), a parent row's own goal over children
declaring theirs, a unit cell naming two bodies (`县住建局、县财政局`). Each expectation below was written by hand from
the form before jixiao was run."""
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
    # fiscal_other_mismatch (300 + 80 against 500)
    r = read("ct_s44_lq2_other_money_group.txt")
    assert _projects(r, "name", "budget_total", "budget_fiscal", "budget_other") == [
        ("古镇游客服务中心建设", 500 * W, 300 * W, 200 * W), ("乡村民宿提升改造", 200 * W, 150 * W, 50 * W),
        ("非遗展示馆布展", 90 * W, 90 * W, None)]
    assert "fiscal_other_mismatch" not in warning_codes(r)


def test_unit_cell_naming_two_bodies(read):
    # main: the units `县住建局、县财政局` and `县民政局、各乡镇` whole. A list writes its lead body first (as `县住建局牵头，
    # 县财政局配合`, which hunt lr read as the unit 县住建局 and 配合单位 县财政局): the first the unit, the others 配合单位
    r = read("ct_s44_lq2_joint_units.txt")
    assert _projects(r, "name", "unit", "budget_total") == [
        ("老旧小区改造", "县住建局", 900 * W), ("城乡公交一体化", "县交通运输局", 260 * W),
        ("农村养老服务中心建设", "县民政局", 180 * W)]
    assert [other_fields(p) for p in r.tables["projects"]] == [{"配合单位": "县财政局"}, {}, {"配合单位": "各乡镇"}]


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
