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
