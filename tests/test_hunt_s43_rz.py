"""Review rz (session 43): the rules merged from hunts tq, lq, sc and ak tried on other forms they might misread. Each
expectation below was written by hand from the form before jixiao was run; the comment says what main gave."""
from tests.hunt_tools import warning_codes

W = 10000.0


def _mismatches(r):
    return [w["message"] for w in r.tables["warnings"] if w["code"] == "total_row_mismatch"]


def test_subtotal_typo_in_a_list_whose_subtotals_close_their_groups(read):
    # `1 | 90`, `2 | 60`, `小计 | 160` (a typo: 150), `3 | 100`, `4 | 60`, `小计 | 160`, `合计 | 310`: the second 小计
    # closes 3 and 4, so the list's 小计 rows close their groups and the first one's 160 is not its projects' 150.
    # main (hunt lq's 小计-heads-below rule): no warning — the first 小计 taken for the head of 3 and 4 (160), the typo
    # hidden (before lq: the one mismatch, right)
    r = read("ct_s43_rz_subtotal_typo_closing.txt")
    assert [(p["name"], p["budget_year"]) for p in r.tables["projects"]] == [
        ("县级农产品质量安全检测中心建设", 90 * W), ("脱贫人口小额信贷贴息", 60 * W),
        ("城关镇东关村蔬菜大棚建设项目", 100 * W), ("城关镇西街村道路硬化", 60 * W)]
    got = _mismatches(r)
    assert len(got) == 1 and "1,600,000" in got[0] and "1,500,000" in got[0]


def test_unit_roles_written_as_runs_brackets_or_apart(read):
    # main (hunt ak's role stripping): `县疾控中心牵头负责` -> `县疾控中心牵头` (only 负责 cut), `各乡镇（街道）负责` kept
    # whole, `县医政股（牵头单位）` / `县卫生监督所（配合单位）` kept whole, `县爱卫办 牵头` -> 县爱卫办 and a unit `牵头`
    r = read("ct_s43_rz_units_role_runs.txt")
    assert [(a["item_no"], a["responsible"]) for a in r.tables["assessment_items"]] == [
        (1, ["县疾控中心", "各乡镇卫生院"]), (2, ["各乡镇（街道）"]), (3, ["县医政股", "县卫生监督所"]),
        (4, ["县爱卫办"])]


def test_guards_parent_project_with_parts_and_bare_project_head_in_a_form(read):
    # guards (right on main): `1 | 城区污水管网改造工程 | 县住建局 | 500 | 新建…` over `1.1 | 其中：管网铺设 | | 300`, `1.2 |
    # 泵站建设 | 县住建局 | 200` (parts of no goal): 1 is the project, its parts no projects, no mismatch
    for name in ("ct_s43_rz_parent_real_project.txt", "ct_s43_rz_parent_real_project_parts.txt"):
        r = read(name)
        assert [(p["name"], p["budget_total"]) for p in r.tables["projects"]] == [
            ("城区污水管网改造工程", 500 * W), ("农村供水保障工程", 160 * W)]
        assert "total_row_mismatch" not in warning_codes(r)
    # a 申报表's 资金来源明细 `项目 | 中央资金 | 省级资金 | 县级资金 | 合计` (lq's bare 项目 head, level part columns): one
    # project, its cost lines 人工费 / 材料费 no projects
    r = read("ct_s43_rz_source_breakdown_bare_project_head.txt")
    assert [p["name"] for p in r.tables["projects"]] == ["农村公路日常养护项目"]
    assert len(r.tables["indicators"]) == 4


def test_indicator_content_after_two_levels_is_the_item(read):
    # `一级指标 | 二级指标 | 指标内容 | 分值 | 评分标准` (no 三级 column): 指标内容 names the items, the third level — 4 items,
    # the 二级 their group. main (hunt ak's 指标内容-as-explanation rule): 2 items named by the 二级 (项目立项, 资金管理),
    # the first 指标内容 of each their explanation, rows 2 and 4 unparsed_row (before ak: nothing read, no_form_read)
    items = read("ct_s43_rz_two_levels_indicator_content.txt").tables["assessment_items"]
    assert [(i["section"], i["group"], i["content"], i["points"], i["explanation"]) for i in items] == [
        ("决策", "项目立项", "立项依据充分性", 10.0, None), ("决策", "项目立项", "绩效目标合理性", 10.0, None),
        ("过程", "资金管理", "资金到位率", 15.0, None), ("过程", "资金管理", "预算执行率", 15.0, None)]
    assert items[3]["requirement"] == "执行率100%得满分，每低1%扣0.5分"


def test_same_head_after_a_whole_list_total_begins_a_list(read):
    # `一、续建项目` over `序号 | 项目名称 | 实施单位 | 资金规模 | 绩效目标`, 2 projects, `合计 | 150`, then `二、新建项目` under
    # the same head, 2 projects, `合计 | 100`: two lists, each 合计 its own projects' sum — no mismatch.
    # main (hunt lq's head-again rule): one list, the second 合计 100 checked against all 4 projects (250): a false
    # total_row_mismatch (before lq: none)
    r = read("ct_s43_rz_two_lists_same_head.txt")
    assert [(p["name"], p["budget_total"]) for p in r.tables["projects"]] == [
        ("城区污水管网改造工程", 100 * W), ("农村供水保障工程", 50 * W), ("县城智慧停车场建设", 80 * W),
        ("乡镇垃圾中转站建设", 20 * W)]
    assert "total_row_mismatch" not in warning_codes(r)
