"""Hunt lq3 (session 45): project lists, the fifth round after hunts lt, ly, lq and lq2 — a summary table of projects
and their indicator rows whose project cells, merged down over their rows, are printed on the block's middle row (a PDF
dump's: rows of indicators above the first project), class headings with their sums over such a table's projects
(`一 | 产业发展类 | | 350`), and a list's class heading line pushed onto the project row below it (a cell of its own, or
the 序号 cell `一、公共卫生类 1`). Each expectation below was written by hand from the form before jixiao was run."""
from tests.hunt_tools import other_fields, warning_codes

W = 10000.0


def _projects(r, *keys):
    return [tuple(p[k] for k in keys) for p in r.tables["projects"]]


def _names(r, k):
    pid = r.tables["projects"][k]["project_id"]
    return [i["level3"] for i in r.tables["indicators"] if i["project_id"] == pid]


def test_centred_project_blocks(read):
    # main: 4 projects — a first of no name holding `治理河道长度` (the row above 河道综合治理's), and each project's
    # first row the project's above (`除险加固水库数量` under 河道综合治理, `整治山塘数量` under 小型水库除险加固), a
    # false no_satisfaction_indicator and no_output_indicator
    r = read("ct_s45_lq3_centred_blocks.txt")
    assert _projects(r, "name", "unit", "budget_year") == [
        ("河道综合治理", "县河道管理所", 400 * W), ("小型水库除险加固", "县水库管理站", 300 * W),
        ("山塘整治", "县农村水利站", 100 * W)]
    # each project the rows of its block: those above its row down to the last project's, and those below it up to
    # where the levels start again (满意度指标 then 产出指标)
    assert [_names(r, k) for k in range(3)] == [
        ["治理河道长度", "防洪标准", "沿河群众满意度"], ["除险加固水库数量", "工程验收合格率", "周边群众满意度"],
        ["整治山塘数量", "受益群众满意度"]]
    assert "no_satisfaction_indicator" not in warning_codes(r)


def test_centred_even_blocks(read):
    # main: 4 projects, the first of no name (`养护里程`), `改造候车面积` under 农村公路养护, `新建候车亭` under
    # 城区客运站改造
    r = read("ct_s45_lq3_centred_even_blocks.txt")
    assert _projects(r, "name", "budget_year") == [
        ("农村公路养护", 260 * W), ("城区客运站改造", 120 * W), ("农村客运候车亭建设", 60 * W)]
    # (城区客运站改造's rows all 产出指标, as are 农村客运候车亭建设's first: no level starts again between them — as
    # many rows below its own row as above it, its cells centred)
    assert [_names(r, k) for k in range(3)] == [
        ["养护里程", "路面优良率", "群众出行便利度", "沿线群众满意度"], ["改造候车面积", "完工时间", "竣工验收合格率"],
        ["新建候车亭", "候车群众满意度"]]
    assert [i["level1"] for i in r.tables["indicators"]][:4] == ["产出指标", "产出指标", "效益指标", "满意度指标"]


def test_class_headings_with_sums_over_summary_projects(read):
    # main: `一 | 产业发展类 | | 350` and `二 | 基础设施类 | | 90` each a project (named 产业发展类, 350万 its money, an
    # indicator `一` of no target, the second with the unit of the project above), 5 projects, every category null
    r = read("ct_s45_lq3_summary_class_sums.txt")
    assert _projects(r, "name", "unit", "category", "budget_year") == [
        ("茶叶产业提升", "县茶叶发展中心", "产业发展类", 200 * W), ("肉牛养殖示范", "县畜牧兽医中心", "产业发展类", 150 * W),
        ("村组道路硬化", "县交通运输局", "基础设施类", 90 * W)]
    assert [len(_names(r, k)) for k in range(3)] == [2, 2, 2]
    assert "target_missing" not in warning_codes(r)


def test_heading_pushed_onto_a_row_in_a_cell_of_its_own(read):
    # main: `一、义务教育类 | 1 | 营养改善计划 | 县教育局 | 320 | …` read one column off: project `1`, unit 营养改善计划,
    # goal `320`, `预算金额: 县教育局` an other field, its money lost; every category null
    r = read("ct_s45_lq3_heading_pushed_cell.txt")
    assert _projects(r, "name", "unit", "category", "budget_year", "goal_annual") == [
        ("营养改善计划", "县教育局", "义务教育类", 320 * W, "惠及学生1.2万人"),
        ("薄弱学校改造", "县教育局", "义务教育类", 500 * W, "改造校舍5000平方米"),
        ("公办幼儿园建设", "城关镇中心幼儿园", "学前教育类", 260 * W, "新增学位360个"),
        ("普惠性民办幼儿园补助", "县教育局", "学前教育类", 80 * W, "补助幼儿园12所")]
    assert all(p["other_fields"] in (None, "{}", {}) for p in r.tables["projects"])
    assert "total_row_mismatch" not in warning_codes(r)


def test_heading_in_the_seq_cell(read):
    # main: the projects read, every category null (`一、公共卫生类 1` in the 序号 column: the row's number, the heading
    # above it lost)
    r = read("ct_s45_lq3_heading_in_seq.txt")
    assert _projects(r, "name", "category", "budget_total") == [
        ("基本公共卫生服务", "公共卫生类", 680 * W), ("重大传染病防控", "公共卫生类", 120 * W),
        ("县级医院能力提升", "医疗服务类", 450 * W)]
    assert "total_row_mismatch" not in warning_codes(r)


def test_money_one_source_a_row(read):
    # main: each project's money its first source's alone (300, 80: the 省级 100, 县级 50 and 自筹 20 rows lost, read
    # as nothing), `资金来源: 中央资金` an other field, a false total_row_mismatch (700 against 530)
    r = read("ct_s45_lq3_source_rows.txt")
    assert _projects(r, "name", "budget_year", "budget_fiscal", "budget_other") == [
        ("高标准农田建设", 450 * W, 450 * W, None), ("农村人居环境整治", 100 * W, 80 * W, 20 * W),
        ("农机购置补贴", 150 * W, None, None)]
    # (each source kept under its name in the list's unit, as a list's columns of sources are; a project of one source
    # keeps it under the column's head, as main did)
    assert [other_fields(p) for p in r.tables["projects"]] == [
        {"中央资金（万元）": "300", "省级资金（万元）": "100", "县级资金（万元）": "50"},
        {"中央资金（万元）": "80", "自筹资金（万元）": "20"}, {"资金来源": "中央资金"}]
    assert "total_row_mismatch" not in warning_codes(r)


def test_goal_lines_on_rows_of_their_own(read):
    # main: each goal its first line alone (`1.保障城乡低保对象1.5万人；`), the lines below dropped as rows of no name
    r = read("ct_s45_lq3_goal_line_rows.txt")
    assert _projects(r, "name", "budget_total", "goal_annual") == [
        ("城乡低保", 1200 * W, "1.保障城乡低保对象1.5万人；2.低保金按时足额发放率100%；3.困难群众满意度达到90%以上。"),
        ("特困人员供养", 400 * W, "1.保障特困人员1200人基本生活；2.集中供养率达到40%以上。"),
        ("临时救助", 150 * W, "救助困难群众800人次")]
    assert "total_row_mismatch" not in warning_codes(r)


def test_summary_name_wrapped_onto_the_next_row(read):
    # main: `| 工程 | | | 效益指标 | 交通事故下降率 | ≥10%` a project of its own named 工程 (the unit above carried to it,
    # no money), its two indicators taken from 农村公路安全生命防护, false no_satisfaction / no_output warnings
    r = read("ct_s45_lq3_summary_name_tail.txt")
    assert _projects(r, "name", "unit", "budget_year") == [
        ("农村公路安全生命防护工程", "县公路管理段", 260 * W), ("城区客运站改造", "县道路运输服务中心", 120 * W)]
    assert [_names(r, k) for k in range(2)] == [["实施里程", "交通事故下降率", "群众满意度"], ["改造候车面积", "旅客满意度"]]
    assert not {"no_satisfaction_indicator", "no_output_indicator"} & set(warning_codes(r))
