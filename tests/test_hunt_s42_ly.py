"""Hunt ly (session 42): project lists, the second round after hunt lt — a project's name whose end wraps alone to
the next row (no money on it), 小计 rows heading their groups after ungrouped projects, a goal cell holding only
`总体目标：…`, and list shapes of real archives: an xlsx whose project cells are merged down over one indicator a row
(`指标名称 | 指标值`), a 中期规划 list whose money columns are per year (`2024年 | 2025年 | 2026年 | 合计`), and a list
whose `1.1`, `1.2` projects sit under `1` parent rows. Each expectation below was written by hand from the form
before jixiao was run."""
from tests.hunt_tools import other_fields, warning_codes

W = 10000.0
P, E, S = "产出指标", "效益指标", "满意度指标"


def _inds(r, k):
    pid = r.tables["projects"][k]["project_id"]
    return [(i["level1"], i["level2"], i["level3"], i["op"], i["value"], i["unit"]) for i in r.tables["indicators"]
            if i["project_id"] == pid]


def _projects(r, *keys):
    return [tuple(p[k] for k in keys) for p in r.tables["projects"]]


def test_name_tail_alone_on_next_row(read):
    # main: project 1's name cut (`…基础设施建设`, its ` | 项目 | | |` row read as a heading), project 3's cut and its
    # ` | 提升工程 | | | 9%以下` row a fifth project (no money, no indicator: no_indicators), its goal cut at `降至`
    r = read("ct_s42_ly_name_tail_rows.txt")
    assert _projects(r, "name", "unit", "budget_total", "goal_annual") == [
        ("城区老旧小区改造配套基础设施建设项目", "县住房和城乡建设局", 560 * W, "改造老旧小区12个，惠及居民2100户"),
        ("城市生活垃圾分类设施建设", "县环境卫生管理所", 145 * W, "新建垃圾分类投放点60处"),
        ("县城供水管网漏损治理及二次供水设施改造提升工程", "县自来水公司", 230 * W, "更新改造供水管网18公里，管网漏损率降至9%以下"),
        ("保障性租赁住房配租补贴", "县住房保障服务中心", 88 * W, "发放租赁补贴420户")]
    assert [(i["level3"], i["op"], i["value"], i["unit"]) for i in r.tables["indicators"]] == [
        ("改造小区数量", "=", 12.0, "个"), ("新建投放点", ">=", 60.0, "处"), ("改造管网长度", ">=", 18.0, "公里"),
        ("补贴户数", ">=", 420.0, "户")]
    assert "total_row_mismatch" not in warning_codes(r)


def test_subtotal_rows_after_ungrouped_projects(read):
    # main: the 小计 rows checked against the projects above them (城关镇's 230 against the two 县本级 projects, 150;
    # 永安乡's 175 against 城关镇's, 230): two false total_row_mismatch, the 地区 of projects 3-6 lost
    r = read("ct_s42_ly_subtotals_after_own.txt")
    assert _projects(r, "name", "unit", "budget_year") == [
        ("县级农产品质量安全检测中心建设", "县农业农村局", 90 * W), ("脱贫人口小额信贷贴息", "县乡村振兴局", 60 * W),
        ("城关镇东关村蔬菜大棚建设项目", "城关镇人民政府", 150 * W), ("城关镇西街村道路硬化", "城关镇人民政府", 80 * W),
        ("永安乡茶园提质增效项目", "永安乡人民政府", 120 * W), ("永安乡安全饮水巩固提升", "永安乡人民政府", 55 * W)]
    assert [other_fields(p).get("地区") for p in r.tables["projects"]] == [
        "县本级", "县本级", "城关镇", "城关镇", "永安乡", "永安乡"]
    assert "total_row_mismatch" not in warning_codes(r)


def test_goal_cell_of_total_goal_only(read):
    # main: every cell goal_annual with its label (`总体目标：健全…`, `年度目标：新建…`), goal_total null
    r = read("ct_s42_ly_goal_total_only.txt")
    assert _projects(r, "name", "unit", "budget_total", "goal_total", "goal_annual") == [
        ("公共文化服务体系建设", "市文化馆", 320 * W, "健全市、县、乡、村四级公共文化服务网络，实现基层综合性文化服务中心全覆盖", None),
        ("非物质文化遗产保护传承", "市非物质文化遗产保护中心", 85 * W, "完成市级非遗代表性项目数字化记录", None),
        ("旅游公共服务设施提升", "市旅游发展中心", 150 * W, None, "新建旅游厕所20座")]
    assert [len(_inds(r, k)) for k in range(3)] == [2, 2, 2]


def test_xlsx_project_cells_merged_over_indicator_rows(read):
    # right on main, kept as a test
    r = read("ct_s42_ly_xlsx_merged_indicator_rows.xlsx")
    assert _projects(r, "name", "unit", "budget_total", "goal_annual") == [
        ("城乡居民医保参保补助", "县医疗保障局", 1350 * W, "落实城乡居民医保财政补助政策，保障参保群众基本医疗待遇"),
        ("基层医疗机构设备购置", "县卫生健康局", 260 * W, "为15个乡镇卫生院配备DR、彩超等设备"),
        ("120急救指挥调度系统升级", "县急救中心", 95 * W, "完成急救调度系统升级，缩短急救反应时间")]
    got = [[i[2:] for i in _inds(r, k)] for k in range(3)]
    assert got[0] == [("参保人数", ">=", 28.0, "万人"), ("政策范围内住院费用报销比例", ">=", 70.0, "%"),
                      ("参保群众满意度", ">=", 90.0, "%")]
    assert got[1] == [("配备乡镇卫生院数", "=", 15.0, "个"), ("设备验收合格率", "=", 100.0, "%")]
    assert [i[0] for i in got[2]] == ["系统升级完成时间", "平均急救反应时间", "系统正常运行率"]
    assert got[2][1:] == [("平均急救反应时间", "<=", 15.0, "分钟"), ("系统正常运行率", ">=", 99.0, "%")]
    assert "total_row_mismatch" not in warning_codes(r)


def test_midterm_list_money_per_year(read):
    # main: no project at all (layout_unknown): a head holding a year (`2024年`) was no list's head
    r = read("ct_s42_ly_midterm_years.txt")
    # the plan's first year is its budget year; 合计 the period's money; the later years each an other field
    assert _projects(r, "name", "unit", "year", "budget_year", "budget_total", "goal_annual") == [
        ("农村义务教育学生营养改善计划", "县教育局", 2024, 420 * W, 1290 * W, "保障1.2万名农村学生营养膳食补助"),
        ("公办幼儿园扩容建设", "县第二幼儿园", 2024, 300 * W, 500 * W, "新增学位360个"),
        ("中小学教师能力提升培训", "县教师发展中心", 2024, 65 * W, 195 * W, "培训教师1500人次")]
    assert [other_fields(p) for p in r.tables["projects"]] == [
        {"2025年": "430", "2026年": "440"}, {"2025年": "200"}, {"2025年": "65", "2026年": "65"}]


def test_dotted_children_under_parent_rows(read):
    # main: the 4 projects right, category null (the parent rows read as headings of nothing)
    r = read("ct_s42_ly_dotted_children.txt")
    # the `1.1` rows are the projects, their `1` parent each one's category and a subtotal of them
    assert _projects(r, "name", "unit", "budget_total", "category") == [
        ("村组道路硬化工程", "县交通运输局", 500 * W, "农村基础设施建设"),
        ("农村饮水安全巩固提升", "县水利局", 300 * W, "农村基础设施建设"),
        ("油茶低产林改造", "县林业局", 180 * W, "产业发展"),
        ("农产品产地冷藏保鲜设施", "县农业农村局", 80 * W, "产业发展")]
    assert [(i["level3"], i["op"], i["value"], i["unit"]) for i in r.tables["indicators"]] == [
        ("硬化道路", ">=", 10.0, "公里"), ("受益人口", ">=", 4500.0, "人"), ("改造面积", ">=", 2000.0, "亩"),
        ("新建冷库", "=", 8.0, "座")]
    assert "total_row_mismatch" not in warning_codes(r)


def test_xlsx_midterm_money_by_year_under_group_head(read):
    # main: no budget read: the `2025年 | 2026年 | 2027年 | 合计` row was no head (a year in it), the first year's money
    # kept as an other field under the group's head (`{"资金需求（万元）": "850"}`), the rest lost
    r = read("ct_s42_ly_xlsx_midterm_two_head.xlsx")
    assert _projects(r, "name", "department", "year", "budget_year", "budget_total", "goal_annual") == [
        ("智慧城市运行管理平台建设", "市大数据局", 2025, 850 * W, 1850 * W, "建成城市运行管理平台，接入部门数据30类"),
        ("城区排水管网雨污分流改造", "市住房和城乡建设局", 2025, 2200 * W, 4000 * W, "完成雨污分流改造管网26公里"),
        ("市级储备粮轮换费用补贴", "市粮食和物资储备局", 2025, 310 * W, 930 * W, "完成市级储备粮轮换2.5万吨")]
    assert [other_fields(p) for p in r.tables["projects"]] == [
        {"2026年": "600", "2027年": "400"}, {"2026年": "1800"}, {"2026年": "310", "2027年": "310"}]
    assert "total_row_mismatch" not in warning_codes(r)


def _dotted_word_list(r):
    # main: the 5 projects right, category null
    assert _projects(r, "name", "unit", "budget_total", "category") == [
        ("城区黑臭水体整治", "市生态环境局", 300 * W, "生态环境保护"),
        ("重点区域大气污染防治", "市大气污染防治中心", 120 * W, "生态环境保护"),
        ("城乡困难群众临时救助", "市民政局", 160 * W, "社会事业发展"),
        ("退役军人就业创业培训", "市退役军人事务局", 100 * W, "社会事业发展"),
        # a project of no parent after them: none
        ("市级档案数字化加工", "市档案馆", 75 * W, None)]
    assert [(i["level3"], i["op"], i["value"], i["unit"]) for i in r.tables["indicators"]] == [
        ("整治黑臭水体", "=", 3.0, "处"), ("治理餐饮企业", ">=", 200.0, "家"), ("救助人次", ">=", 2000.0, "人次"),
        ("培训人数", ">=", 500.0, "人"), ("数字化档案", ">=", 120.0, "万页")]
    assert "total_row_mismatch" not in warning_codes(r)


def test_docx_dotted_children_under_parent_rows(read):
    _dotted_word_list(read("ct_s42_ly_docx_dotted_children.docx"))


def test_writer_pdf_dotted_children_under_parent_rows(read):
    _dotted_word_list(read("ct_s42_ly_docx_dotted_children.pdf"))
