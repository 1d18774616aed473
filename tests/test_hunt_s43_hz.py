"""Hunt hz (region lists, monitoring money matrix): a 转移支付 分配表 whose rows are places, not projects (`序号 | 地区 |
资金（万元） | 绩效目标`, `市县 | 下达资金 | 其中：中央 | 省级 | 区域绩效目标`, a sheet's `县（市、区） | 分配资金 | 区域绩效目标`); a
绩效运行监控表 whose money matrix names the year's budget `本年安排` beside
`1-6月执行数 | 执行率 | 全年预计执行数`; and the spellings `全年预算 | 截至6月底执行数 | 执行进度`, `年度预算数 | 1-9月执行数 |
预计全年执行数 | 执行率` (read right already; kept as guards). Each reading was written down by hand before jixiao was
run; the comments say what main gave where it was wrong."""
from __future__ import annotations

from tests.hunt_tools import budget_lines, only_project, other_fields, warning_codes

WAN = 10_000.0


def test_bennian_anpai_beside_spent_is_the_budget(read):
    # 项目资金（万元） | 本年安排 | 1-6月执行数 | 执行率 | 全年预计执行数 | 偏差原因 over 年度资金总额 | 400 | 180 | 45% | 400
    r = read("ct_s43_hz_mon_bennian.txt")
    p = only_project(r)
    # (main: budget_year / budget_fiscal null, spent 400万 — the forecast — and no rate, no budget line)
    assert (p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (400 * WAN, 400 * WAN, 0.0)
    assert (p["spent"], p["execution_rate"]) == (180 * WAN, 0.45)
    assert budget_lines(r) == [(None, "财政拨款", 400 * WAN, "source"), (None, "其他资金", 0.0, "source")]


def test_other_monitoring_spellings_keep_budget_and_spent(read):
    for name, budget, spent, rate in (("ct_s43_hz_mon_quannian_jindu.txt", 250, 100, 0.4),
                                      ("ct_s43_hz_mon_nine.txt", 600, 420, 0.7)):
        p = only_project(read(name))
        assert (p["budget_year"], p["spent"], p["execution_rate"]) == (budget * WAN, spent * WAN, rate), name




def _projects(r, *keys):
    return [tuple(p[k] for k in keys) for p in r.tables["projects"]]


def test_region_list_one_project_a_place(read):
    # main: nothing (layout_unknown) — no 项目名称 column, the places' money and goals lost
    r = read("ct_s43_hz_region_list.txt")
    assert _projects(r, "name", "budget_year", "goal_annual") == [
        ("农村综合改革转移支付资金（桃源县）", 500 * WAN, "完成村级公益事业建设项目10个，受益群众满意度≥90%。"),
        ("农村综合改革转移支付资金（汉寿县）", 300 * WAN, "完成村级公益事业建设项目6个，受益群众满意度≥90%。"),
        ("农村综合改革转移支付资金（临澧县）", 200 * WAN, "完成村级公益事业建设项目4个，受益群众满意度≥90%。")]
    assert [other_fields(p)["地区"] for p in r.tables["projects"]] == ["桃源县", "汉寿县", "临澧县"]
    assert {p["layout"] for p in r.tables["projects"]} == {"packed_list"}
    assert "total_row_mismatch" not in warning_codes(r)     # (合计 | | 1000.00: the three's sum)


def test_region_list_with_levels_and_area_goal(read):
    # `市县 | 下达资金 | 其中：中央 | 省级 | 区域绩效目标` (main: nothing, layout_unknown)
    r = read("ct_s43_hz_region_levels.txt")
    assert _projects(r, "name", "goal_annual") == [
        ("省级农业产业发展专项资金（长沙市）", "新建高标准农田2万亩。"), ("省级农业产业发展专项资金（株洲市）", "新建高标准农田1.5万亩。")]
    assert [other_fields(p)["市县"] for p in r.tables["projects"]] == ["长沙市", "株洲市"]
    # 下达资金 the money given the place (budget_issued, as the head names it in any list); the levels beside it under
    # their heads in the list's unit (`金额单位：万元`), without `其中：`
    assert _projects(r, "budget_issued") == [(800 * WAN,), (600 * WAN,)]
    assert {k: v for k, v in other_fields(r.tables["projects"][0]).items() if k != "市县"} == {
        "中央（万元）": "500.00", "省级（万元）": "300.00"}


def test_region_sheet(read):
    # an xlsx: `县（市、区） | 分配资金 | 区域绩效目标 | 备注` under a merged title (main: nothing, layout_unknown)
    r = read("ct_s43_hz_region_sheet.xlsx")
    assert _projects(r, "name", "budget_year") == [("城乡义务教育补助经费（鼎城区）", 260 * WAN),
                                                   ("城乡义务教育补助经费（石门县）", 340 * WAN)]
    assert [other_fields(p).get("县（市、区）") for p in r.tables["projects"]] == ["鼎城区", "石门县"]
    assert r.tables["projects"][0]["goal_annual"] == "保障义务教育学生公用经费按时足额拨付，拨付率100%。"


def test_progress_under_a_percent_head(read):
    # `完成进度（%）` over bare figures (a 监控表 with 截至6月底完成情况 | 完成进度（%） | 预计年底完成情况 | 是否存在偏差 |
    # 偏差原因 | 纠偏措施)
    r = read("ct_s43_hz_mon_deviation_yesno.txt")
    ind = r.tables["indicators"]
    # (main: progress null for `40` and `26.7` — a bare figure above 1 taken for ambiguous despite the head's `（%）`)
    assert [(i["progress_raw"], i["progress"]) for i in ind] == [("40", 0.4), ("26.7", 0.267), ("0", 0.0), (None, None)]
    assert ind[1]["deviation"] == "春耕期间农户集中培训难"
    assert "预计年底完成情况：260人次" in ind[1]["note"] and "纠偏措施：下半年分批开展培训" in ind[1]["note"]


def test_monitoring_ticks_and_progress_columns(read):
    # `完成进度 | 预计年底完成值 | 偏差原因` over four ticked causes `政策因素 | 资金因素 | 管理因素 | 其他`, `完成可能性` over
    # `能 | 不能` (read right on main too: a guard for the 本年安排 matrix above it)
    r = read("ct_s43_hz_mon_progress_ticks.txt")
    p = only_project(r)
    assert (p["budget_year"], p["spent"], p["execution_rate"]) == (500 * WAN, 200 * WAN, 0.4)
    ind = r.tables["indicators"]
    assert [(i["progress"], i["deviation"]) for i in ind] == [(0.4, None), (1.0, None), (0.45, "资金因素"), (None, None)]
    assert "预计年底完成值：按期完工" in ind[2]["note"] and "完成可能性：能" in ind[2]["note"]


def test_region_list_under_its_notice(read):
    # `关于下达2025年城乡义务教育补助经费的通知` over `附件：` and the 分配表 (main: nothing — the list a notice's allocation,
    # dropped; the places' 区域绩效目标 are issued with the money, one a place)
    r = read("ct_s43_hz_region_notice.txt")
    assert _projects(r, "name", "budget_year") == [("城乡义务教育补助经费（鼎城区）", 260 * WAN),
                                                   ("城乡义务教育补助经费（石门县）", 340 * WAN)]
