"""Hunt lt (session 42): project lists and their indicators — an indicator cell of several items after a label
(`主要指标：a，b`, `数量指标：…，质量指标：…`), a 考核指标 column (levels named in the cell, or in the column's head), a list's
goal text (`总体目标：…。年度目标：…` in one 绩效目标 cell), and list shapes of real archives: a 分配明细表 with 地区 rows and
小计 / 合计 rows, a project written over two rows (its name's end and its money on the second), `一、` class rows over
the projects, an xlsx with a frozen title row, a two-row merged head and a 填报说明 footer. Each expectation below was
written by hand from the form before jixiao was run."""
from tests.hunt_tools import other_fields, warning_codes

W = 10000.0
P, E, S = "产出指标", "效益指标", "满意度指标"


def _inds(r, k):
    pid = r.tables["projects"][k]["project_id"]
    return [(i["level1"], i["level2"], i["level3"], i["op"], i["value"], i["unit"]) for i in r.tables["indicators"]
            if i["project_id"] == pid]


def _projects(r, *keys):
    return [tuple(p[k] for k in keys) for p in r.tables["projects"]]


def test_label_then_several_items(read):
    # main: the `主要指标` column an other field (no indicator); with it read, `主要指标：a，b` one unread item
    r = read("ct_s42_lt_label_items.txt")
    assert _projects(r, "name", "department", "unit", "budget_year") == [
        ("农村人居环境整治提升项目", "县农业农村局", "县农村能源站", 180 * W),
        ("高标准农田建设项目", "县农业农村局", "县农田建设服务中心", 1260 * W),
        ("农机购置补贴项目", "县农业农村局", "县农业机械化服务中心", 350 * W)]
    assert _inds(r, 0) == [(None, "数量指标", "完成改造", "=", 120.0, "户"),
                           (None, "质量指标", "验收合格率", "=", 100.0, "%")]
    assert _inds(r, 1) == [(None, None, "新建高标准农田", "=", 1.2, "万亩"),
                           (None, None, "亩均粮食产能提高", ">=", 50.0, "公斤")]
    assert _inds(r, 2) == [(None, "数量指标", "补贴农机具", ">=", 420.0, "台"),
                           (None, "时效指标", "补贴资金兑付及时率", ">=", 95.0, "%"),
                           (S, None, "购机户满意度", ">=", 90.0, "%")]


def test_kaohe_column_levels_from_cell_or_head(read):
    # main: no project at all (layout_unknown): the second list's `产出考核指标 | 效益考核指标` head was taken for an
    # indicator table's, which gave up every list of the document
    r = read("ct_s42_lt_kaohe_column.txt")
    # (资金金额 is a form's label of the total, budget_total — I first wrote budget_year)
    assert _projects(r, "name", "department", "budget_total") == [
        ("城乡居民健康体检项目", "市卫生健康委员会", 460 * W), ("中小学校舍维修改造", "市教育局", 720 * W),
        ("公共法律服务体系建设", "市司法局", 95 * W), ("城市道路绿化提升", "市城市管理局", 310 * W),
        ("智慧停车平台建设", "市公安局", 180 * W)]
    assert _inds(r, 0) == [(P, None, "体检人数", ">=", 8.5, "万人"), (E, None, "慢性病早发现率提高", ">=", 5.0, "%")]
    # a 考核指标 head names no level, nor does the cell: none
    assert _inds(r, 1) == [(None, None, "维修改造学校", "=", 12.0, "所"), (None, None, "竣工验收合格率", "=", 100.0, "%")]
    assert _inds(r, 2) == [(None, None, "建成工作室", ">=", 210.0, "个"), (None, None, "群众满意度", ">=", 90.0, "%")]
    # `产出考核指标 | 效益考核指标`: each column's level, as its head writes it
    assert _inds(r, 3) == [("产出考核指标", None, "新增绿化面积", ">=", 6.0, "万平方米"),
                           ("效益考核指标", None, "道路绿化覆盖率", ">=", 38.0, "%")]
    assert [i["level1_std"] for i in r.tables["indicators"][-4:]] == ["output", "outcome"] * 2
    assert [p["goal_annual"] for p in r.tables["projects"]][:3] == [
        "为全市65岁以上老年人免费健康体检", "完成12所中小学校舍维修改造", "建成村（社区）公共法律服务工作室"]


def test_goal_cell_with_total_and_annual_labels(read):
    # main: goal_annual the whole cell, `总体目标：…。年度目标：…` with its labels, goal_total null
    r = read("ct_s42_lt_goal_text.txt")
    assert _projects(r, "name", "unit", "budget_total") == [
        ("基本公共卫生服务项目", "县疾病预防控制中心", 680 * W), ("家庭医生签约服务", "县人民医院", 210 * W),
        ("村卫生室标准化建设", "县卫生健康局", 96 * W)]
    # `总体目标：…。年度目标：…` in one cell: each to its column, without its label
    assert _projects(r, "goal_total", "goal_annual") == [
        ("为城乡居民免费提供基本公共卫生服务", "居民电子健康档案建档率≥90%，适龄儿童免疫规划疫苗接种率≥95%"),
        (None, "目标1：重点人群家庭医生签约率≥75%；目标2：签约居民满意度≥85%"),
        (None, "完成12个村卫生室标准化建设，改善村级医疗条件。")]
    assert [len([i for i in r.tables["indicators"] if i["project_id"] == p["project_id"]])
            for p in r.tables["projects"]] == [2, 2, 2]


def test_allocation_with_region_and_subtotal_rows(read):
    # main: the 地区 lost (no other field), and the 永安乡 小计 (175) checked against the two 城关镇 projects above it:
    # a false total_row_mismatch (1,750,000 元 against 2,300,000)
    r = read("ct_s42_lt_allocation_regions.txt")
    assert _projects(r, "name", "unit", "budget_year", "goal_annual") == [
        ("城关镇东关村蔬菜大棚建设项目", "城关镇人民政府", 150 * W, "新建蔬菜大棚30座，带动脱贫户增收"),
        ("城关镇西街村道路硬化", "城关镇人民政府", 80 * W, "硬化村道2.6公里"),
        ("永安乡茶园提质增效项目", "永安乡人民政府", 120 * W, "改造低产茶园800亩"),
        ("永安乡安全饮水巩固提升", "永安乡人民政府", 55 * W, "新建蓄水池2座，解决600人饮水问题")]
    # the region written on its 小计 row is each project's under it
    assert [other_fields(p).get("地区") for p in r.tables["projects"]] == ["城关镇", "城关镇", "永安乡", "永安乡"]
    assert "total_row_mismatch" not in warning_codes(r)


def test_project_over_two_rows(read):
    # main: names cut (`农村公路安全生命防护`, `城乡公交一体化运营`), no money for projects 1 and 3 (the second row read
    # as a heading)
    r = read("ct_s42_lt_two_row_projects.txt")
    assert _projects(r, "name", "unit", "budget_year", "goal_annual") == [
        ("农村公路安全生命防护工程", "县农村公路管理所", 420 * W, "完成农村公路安防工程85公里"),
        ("县乡道路养护项目", "县公路养护中心", 310 * W, "完成县乡道日常养护420公里"),
        ("城乡公交一体化运营补贴", "县交通运输局", 260 * W, "保障城乡公交线路正常运营")]
    assert [(i["level3"], i["value"], i["unit"]) for i in r.tables["indicators"]] == [
        ("安防工程里程", 85.0, "公里"), ("养护里程", 420.0, "公里"), ("公交线路", 18.0, "条")]


def test_class_rows_over_projects(read):
    # main: category null (the class rows gave nothing)
    r = read("ct_s42_lt_category_groups.txt")
    assert _projects(r, "name", "unit", "budget_total", "category") == [
        ("食用菌产业基地建设项目", "县农业农村局", 300 * W, "产业发展类"),
        ("中药材种植示范项目", "县林业局", 180 * W, "产业发展类"),
        ("农村供水保障工程", "县水利局", 260 * W, "基础设施类"),
        ("雨露计划职业教育补助", "县乡村振兴局", 75 * W, "就业帮扶类")]
    assert len(r.tables["indicators"]) == 8


def test_xlsx_frozen_title_two_row_head_class_rows_footer(read):
    # main: right but for the category (null); the 填报说明 footer made no project
    r = read("ct_s42_lt_xlsx_frozen_two_head.xlsx")
    assert _projects(r, "name", "unit", "budget_total", "category") == [
        ("高山茶园提质增效项目", "县农业农村局", 260 * W, "产业发展类"),
        ("肉牛养殖示范基地建设", "县畜牧兽医中心", 180 * W, "产业发展类"),
        ("村组道路提升改造工程", "县交通运输局", 420 * W, "基础设施类")]
    assert [other_fields(p) for p in r.tables["projects"]] == [
        {"中央资金（万元）": "200", "县级资金（万元）": "60"}, {"中央资金（万元）": "180"},
        {"中央资金（万元）": "300", "县级资金（万元）": "120"}]
    assert [p["goal_annual"] for p in r.tables["projects"]] == [
        "改造提升高山茶园1500亩，带动茶农增收", "新建标准化牛舍4栋，存栏肉牛500头", "改造村组道路12公里"]
    assert [_inds(r, k) for k in range(3)] == [
        [(P, None, "改造茶园", ">=", 1500.0, "亩"), (E, None, "带动茶农增收", ">=", 800.0, "元/户")],
        [(P, None, "新建牛舍", "=", 4.0, "栋"), (E, None, "带动脱贫户", ">=", 120.0, "户")],
        [(P, None, "改造道路", ">=", 12.0, "公里"), (E, None, "受益群众", ">=", 5600.0, "人")]]
    assert "total_row_mismatch" not in warning_codes(r)


def _region_list(r):
    # main: project 2's `主要指标：改厕150户，群众满意度≥90%` one unread item; a false total_row_mismatch (石门乡's 小计, 95,
    # checked against the two 城关镇 projects); the 乡镇 merged down was already each project's
    assert _projects(r, "name", "unit", "budget_year") == [
        ("东关村农产品冷链仓储项目", "城关镇人民政府", 120 * W), ("西街村人居环境整治", "城关镇人民政府", 80 * W),
        ("石门乡光伏帮扶电站运维", "石门乡人民政府", 95 * W)]
    assert [other_fields(p) for p in r.tables["projects"]] == [{"乡镇": "城关镇"}, {"乡镇": "城关镇"}, {"乡镇": "石门乡"}]
    assert [_inds(r, k) for k in range(3)] == [
        [(None, "数量指标", "新建冷库", "=", 1.0, "座"), (None, "质量指标", "工程验收合格率", "=", 100.0, "%")],
        [(None, None, "改厕", "=", 150.0, "户"), (None, None, "群众满意度", ">=", 90.0, "%")],
        [(None, "数量指标", "年发电量", ">=", 60.0, "万千瓦时"), (E, None, "设置公益岗位", ">=", 40.0, "个")]]
    assert "total_row_mismatch" not in warning_codes(r)


def test_docx_allocation_township_merged_over_subtotal(read):
    _region_list(read("ct_s42_lt_docx_region_subtotals.docx"))


def test_writer_pdf_allocation_township_merged_over_subtotal(read):
    _region_list(read("ct_s42_lt_docx_region_subtotals.pdf"))
