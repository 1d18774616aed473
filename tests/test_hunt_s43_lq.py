"""Hunt lq (session 43): project lists, the third round after hunts lt and ly — a parent row's sum over its `1.1`,
`1.2` projects (checked against theirs), a parent row writing a goal of its own over children declaring theirs (a
group, no project), 小计 rows of no number and no name after ungrouped projects (closing those above, or heading the
projects below when only that adds up), a project's name whose end is alone on the next row in a list with no 序号
column, a 中期规划 list's year heads that skip a year or name past and planned years (`2024年执行数 | 2025年预算数 |
2026年计划数`), and list shapes of real archives. Each expectation below was written by hand from the form before
jixiao was run."""
from tests.hunt_tools import other_fields, warning_codes

W = 10000.0
P, E, S = "产出指标", "效益指标", "满意度指标"


def _projects(r, *keys):
    return [tuple(p[k] for k in keys) for p in r.tables["projects"]]


def _mismatches(r):
    return [w["message"] for w in r.tables["warnings"] if w["code"] == "total_row_mismatch"]


def test_parent_sum_checked_against_children(read):
    # main: the 4 projects right, no warning: the parents' sums (500 over 300 + 180; 420 over 260 + 160) unchecked
    r = read("ct_s43_lq_parent_sum_mismatch.txt")
    assert _projects(r, "name", "unit", "budget_total", "category") == [
        ("高山茶园提质增效", "县农业农村局", 300 * W, "农业产业项目"), ("肉牛养殖示范基地", "县畜牧兽医中心", 180 * W, "农业产业项目"),
        ("村组道路硬化工程", "县交通运输局", 260 * W, "农村基础设施项目"), ("农村供水保障工程", "县水利局", 160 * W, "农村基础设施项目")]
    # the first parent's 500 is not its projects' 480; the second's 420 is theirs; the 合计 900 is the four's
    got = _mismatches(r)
    assert len(got) == 1 and "农业产业项目" in got[0] and "5,000,000" in got[0] and "4,800,000" in got[0]


def test_parent_with_own_goal_is_a_group(read):
    # main: 7 projects — the parents `1 | 高标准农田建设项目 | … | 1500 | 新建高标准农田3万亩…` and `3 | 农村人居环境整治项目 |
    # … | 350 | …` projects beside their children (category null), a false total_row_mismatch (合计 1970 against 3820),
    # and no_indicators on parent 3
    r = read("ct_s43_lq_parent_with_goal.txt")
    assert _projects(r, "name", "unit", "budget_total", "category") == [
        ("东片区高标准农田建设", "县农田建设服务中心", 900 * W, "高标准农田建设项目"),
        ("西片区高标准农田建设", "县农田建设服务中心", 600 * W, "高标准农田建设项目"),
        ("动物疫病防控经费", "县动物疫病预防控制中心", 120 * W, None),
        ("农村户厕改造", "县农村能源站", 250 * W, "农村人居环境整治项目"),
        ("村庄清洁行动", "县农村社会事业促进中心", 100 * W, "农村人居环境整治项目")]
    assert [len([i for i in r.tables["indicators"] if i["project_id"] == p["project_id"]])
            for p in r.tables["projects"]] == [1, 1, 1, 1, 1]
    assert "total_row_mismatch" not in warning_codes(r)
    assert "no_indicators" not in warning_codes(r)


def test_unnumbered_subtotals_closing_their_groups(read):
    # the usual list: each 小计 (no number, no name) closes the projects above it since the last; the third states 170
    # for 120 + 55 — one mismatch, kept as main gave it (the 合计 555 is the six's)
    r = read("ct_s43_lq_subtotal_unnamed_after_own.txt")
    assert [p["budget_year"] for p in r.tables["projects"]] == [90 * W, 60 * W, 150 * W, 80 * W, 120 * W, 55 * W]
    got = _mismatches(r)
    assert len(got) == 1 and "1,700,000" in got[0] and "1,750,000" in got[0]


def test_unnumbered_subtotals_heading_their_groups(read):
    # main: two false total_row_mismatch — `小计 | | 230` after two projects of no group (90 + 60) checked against them,
    # and `小计 | | 175` against 城关镇's two (150 + 80). Each heads the projects below it to the next total row (230 =
    # 150 + 80, 175 = 120 + 55): only that adds up, so each is checked against those
    r = read("ct_s43_lq_subtotal_unnamed_heading.txt")
    assert _projects(r, "name", "unit", "budget_year") == [
        ("县级农产品质量安全检测中心建设", "县农业农村局", 90 * W), ("脱贫人口小额信贷贴息", "县乡村振兴局", 60 * W),
        ("城关镇东关村蔬菜大棚建设项目", "城关镇人民政府", 150 * W), ("城关镇西街村道路硬化", "城关镇人民政府", 80 * W),
        ("永安乡茶园提质增效项目", "永安乡人民政府", 120 * W), ("永安乡安全饮水巩固提升", "永安乡人民政府", 55 * W)]
    assert "total_row_mismatch" not in warning_codes(r)


def test_name_tail_alone_without_serial_column(read):
    # main: project 2's name cut, `乡镇综合文化站设备购置及数字化` (its end ` 提升工程 | | | |` alone on the next row read as
    # a heading of nothing)
    r = read("ct_s43_lq_name_tail_no_seq.txt")
    assert _projects(r, "name", "unit", "budget_year") == [
        ("公共图书馆免费开放", "县图书馆", 45 * W), ("乡镇综合文化站设备购置及数字化提升工程", "县文化馆", 120 * W),
        ("非物质文化遗产保护", "县文化馆", 30 * W), ("全域旅游标识标牌建设", "县旅游服务中心", 80 * W)]
    assert [(i["level3"], i["op"], i["value"], i["unit"]) for i in r.tables["indicators"]] == [
        ("开放天数", ">=", 300.0, "天"), ("配备文化站", "=", 12.0, "个"), ("记录项目", ">=", 5.0, "项"),
        ("设置标牌", ">=", 150.0, "块")]


def test_year_heads_past_budget_and_plan(read):
    # main: no project at all (layout_unknown): `2024年执行数` was no year's money head, the head no list's
    r = read("ct_s43_lq_years_skip.txt")
    # the year whose head names its 预算 is the budget year; the year spent before and the planned ones other fields
    assert _projects(r, "name", "unit", "year", "budget_year", "budget_total", "goal_annual") == [
        ("基本公共卫生服务补助", "县疾病预防控制中心", 2025, 680 * W, None, "居民电子健康档案建档率≥90%"),
        ("村卫生室标准化建设", "县卫生健康局", 2025, 96 * W, None, "完成12个村卫生室标准化建设"),
        ("家庭医生签约服务", "县人民医院", 2025, 210 * W, None, "重点人群家庭医生签约率≥75%")]
    assert [other_fields(p) for p in r.tables["projects"]] == [
        {"2024年执行数": "610", "2026年计划数": "700", "2027年计划数": "720"}, {"2026年计划数": "120"},
        {"2024年执行数": "200", "2026年计划数": "210", "2027年计划数": "210"}]


def test_year_heads_skipping_a_year(read):
    # main: no project at all (layout_unknown): `2024年 | 2026年` not consecutive, the head no list's
    r = read("ct_s43_lq_years_gap.txt")
    assert _projects(r, "name", "year", "budget_year", "budget_total") == [
        ("小型水库除险加固", 2024, 300 * W, 500 * W), ("山洪灾害防治非工程措施", 2024, 85 * W, 145 * W)]
    assert [other_fields(p) for p in r.tables["projects"]] == [{"2026年": "200"}, {"2026年": "60"}]


def test_total_row_first(read):
    # main: the 3 projects right, the `合计 | | 1000` right under the head never checked (no project above it)
    r = read("ct_s43_lq_total_first.txt")
    assert _projects(r, "name", "budget_total") == [
        ("农村公路养护工程", 420 * W), ("危桥改造工程", 360 * W), ("城乡客运补贴", 180 * W)]
    got = _mismatches(r)        # (1000 stated, 960 the three's)
    assert len(got) == 1 and "10,000,000" in got[0] and "9,600,000" in got[0]


def test_sources_by_level_no_group_head(read):
    # main: no money read: `中央资金 | 省级资金 | 市县资金` each an other field, no unit
    r = read("ct_s43_lq_sources_no_group.txt")
    # the parts of the project's money by the level of government giving them: its money and its fiscal money their sum
    assert _projects(r, "name", "budget_total", "budget_fiscal") == [
        ("脱贫人口小额信贷贴息", 90 * W, 90 * W), ("高标准农田建设", 450 * W, 450 * W), ("雨露计划职业教育补助", 45 * W, 45 * W)]
    assert [other_fields(p) for p in r.tables["projects"]] == [
        {"中央资金（万元）": "60", "省级资金（万元）": "20", "市县资金（万元）": "10"},
        {"中央资金（万元）": "300", "省级资金（万元）": "100", "市县资金（万元）": "50"},
        {"中央资金（万元）": "40", "市县资金（万元）": "5"}]


def test_remark_column_holding_goals(read):
    # main: nothing read (layout_unknown): no goal head, the goals written in the 备注 column under `绩效目标：`
    r = read("ct_s43_lq_remark_targets.txt")
    assert _projects(r, "name", "unit", "budget_total", "overview", "goal_annual") == [
        ("村组道路硬化工程", "县交通运输局", 260 * W, "硬化村组道路8公里", "硬化道路≥8公里，受益群众≥3000人"),
        ("农村供水保障工程", "县水利局", 160 * W, "新建集中供水工程2处", "新建供水工程2处"),
        # (numbered as the projects are, its unit and money written, its 备注 empty: a project still)
        ("脱贫劳动力技能培训", "县人力资源和社会保障局", 45 * W, "开展技能培训", None)]
    assert [other_fields(p) for p in r.tables["projects"]] == [{}, {}, {}]


def test_xlsx_parent_over_children_money_by_level(read):
    # main: 4 projects — the parent `1 | 农业产业发展 | … | 250 | 65 | 40 | 发展特色产业…` one (no_indicators), category null,
    # and no sum checked (the sums written in the parts' columns)
    r = read("ct_s43_lq_xlsx_parent_sources.xlsx")
    assert _projects(r, "name", "unit", "budget_total", "budget_fiscal", "category") == [
        ("高山茶园提质增效", "县农业农村局", 210 * W, 210 * W, "农业产业发展"),
        ("肉牛养殖示范基地", "县畜牧兽医中心", 140 * W, 140 * W, "农业产业发展"),
        ("村组道路硬化工程", "县交通运输局", 280 * W, 280 * W, None)]
    # (the parent's own goal kept in its projects under `上级项目年度绩效目标`, hunt lq2; it was dropped)
    assert other_fields(r.tables["projects"][0]) == {"中央（万元）": "150", "省级（万元）": "40", "市县（万元）": "20",
                                                     "上级项目年度绩效目标": "发展特色产业，带动脱贫户增收"}
    # the parent's parts add up to 355, its projects' to 350; the 合计's (450 + 110 + 70) to the three's 630
    got = _mismatches(r)
    assert len(got) == 1 and "农业产业发展" in got[0] and "3,550,000" in got[0] and "3,500,000" in got[0]
    assert "no_indicators" not in warning_codes(r)


def _remark_list(r):
    # main: nothing read (layout_unknown): no goal head, the goals in the 备注 column, the 合计 first
    assert _projects(r, "name", "unit", "budget_total", "overview", "goal_annual") == [
        ("农村公路养护工程", "县公路养护中心", 420 * W, "养护农村公路380公里", "完成农村公路养护380公里，优良路率≥80%"),
        ("危桥改造工程", "县交通运输局", 360 * W, "改造危桥6座", "改造危桥6座，消除安全隐患"),
        ("客运站候车设施提升", "县运输服务中心", 45 * W, "更新候车座椅及信息屏", None),
        ("城乡客运补贴", "县运输服务中心", 20 * W, "补贴城乡客运线路", "保障24条城乡客运线路正常运营")]
    # a 备注 that writes no goal stays the remark it is
    assert [other_fields(p) for p in r.tables["projects"]] == [{}, {}, {"备注": "续建项目"}, {}]
    assert "total_row_mismatch" not in warning_codes(r)      # (845, the four's)


def test_docx_remark_goals_total_first(read):
    _remark_list(read("ct_s43_lq_docx_remark_total_first.docx"))


def test_writer_pdf_remark_goals_total_first(read):
    _remark_list(read("ct_s43_lq_docx_remark_total_first.pdf"))


def test_class_headings_with_their_sums(read):
    # main: category null (`一 | 产业发展类 | | 690`, a class heading with its sum, read as no heading), no sum checked
    r = read("ct_s43_lq_class_heading_sums.txt")
    assert _projects(r, "name", "budget_total", "category") == [
        ("肉牛养殖小区建设项目", 420 * W, "产业发展类"), ("茶叶加工厂提升改造", 260 * W, "产业发展类"),
        ("通村道路硬化工程", 380 * W, "基础设施类"), ("项目管理费", 36 * W, None)]
    # 产业发展类's 690 is not its projects' 680; 基础设施类's 380 and 项目管理费's 36 are theirs; the 合计 1096 the four's
    got = _mismatches(r)
    assert len(got) == 1 and "产业发展类" in got[0] and "6,900,000" in got[0] and "6,800,000" in got[0]


def test_parent_over_dash_numbered_children(read):
    # main: category null, no sum checked: children numbered `1-1`, `1-2` (not `1.1`) under their parent `1`
    r = read("ct_s43_lq_parent_dash_children.txt")
    assert _projects(r, "name", "budget_total", "category") == [
        ("高山茶园提质增效", 300 * W, "农业产业项目"), ("肉牛养殖示范基地", 180 * W, "农业产业项目"),
        ("村组道路硬化工程", 260 * W, "农村基础设施项目"), ("农村供水保障工程", 160 * W, "农村基础设施项目")]
    got = _mismatches(r)
    assert len(got) == 1 and "农业产业项目" in got[0]


def test_bare_project_head_over_names(read):
    # main: nothing read (layout_unknown): `序号 | 项目 | 实施单位 | 预算金额 | 年度绩效目标 | 绩效指标`, no 名称 in any head
    r = read("ct_s43_lq_bare_project_head.txt")
    assert _projects(r, "name", "unit", "budget_year", "goal_annual") == [
        ("城乡低保提标补助", "县社会救助服务中心", 860 * W, "保障城乡低保对象基本生活"),
        ("特困人员供养服务", "县社会福利院", 240 * W, "集中供养特困人员180人"),
        ("困难残疾人生活补贴", "县残疾人联合会", 95 * W, "按时足额发放补贴")]
    assert [(i["level3"], i["op"], i["value"], i["unit"]) for i in r.tables["indicators"]] == [
        ("保障人数", ">=", 5200.0, "人"), ("集中供养人数", ">=", 180.0, "人"), ("补贴发放及时率", "=", 100.0, "%")]
    assert "total_row_mismatch" not in warning_codes(r)


def test_two_pages_head_again_total_first(read):
    # main: the five projects right, the 合计 written first (870 for the five's 860) never checked. (With it checked,
    # page 2 — its title with `（续）`, the two head rows again — was a list of its own: the 合计 was checked against
    # page 1's three projects only)
    r = read("ct_s43_lq_two_pages_head_again.txt")
    assert _projects(r, "name", "budget_total") == [
        ("高标准农田建设", 450 * W), ("农机购置补贴", 150 * W), ("动物疫病防控", 90 * W), ("农村人居环境整治", 130 * W),
        ("农产品质量安全监管", 40 * W)]
    assert other_fields(r.tables["projects"][4]) == {"中央（万元）": "30", "县级（万元）": "10"}
    got = _mismatches(r)
    assert len(got) == 1 and "5 projects" in got[0] and "8,700,000" in got[0] and "8,600,000" in got[0]
