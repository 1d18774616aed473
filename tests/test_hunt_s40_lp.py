"""Hunt lp (session 40): project lists across printed pages (LibreOffice Calc's next page-row, a grid of the list's
columns without its head; a dump's page marks and running heads between a list's pages), another table's head in a
list's frame, a 乡镇 column naming the town's government. Each expectation was written by hand from the form before
jixiao ran; `main` is main at the session's start. The PDFs are LibreOffice Calc prints (tests/fixtures/make_s40_lp.py)."""
import re

import pytest

from tests.hunt_tools import indicator_targets, other_fields

TOWNS = ["城关镇", "永安乡", "河口镇", "青石乡", "柳林镇", "双河镇", "白沙镇"]
KINDS = ["村道硬化", "饮水安全巩固", "茶叶加工厂", "产业路", "光伏电站维护", "小型农田水利", "冷链仓储"]


def _project(i):
    town, kind = TOWNS[i % 7], KINDS[(i * 3) % 7]
    return town, f"{town}{kind}项目{i}", (10 + i * 0.5) * 10000, f"完成{town}{kind}建设任务，带动脱贫户增收"


def _by_project(r):
    out = {}
    for i in r.tables["indicators"]:
        out.setdefault(i["project_id"], []).append(i)
    return out


def test_calc_list_over_three_pages_with_total_and_sign_off(read):
    # 56 projects over 3 pages (each page-row a grid of its own, no head), then 合计 | 1358 and the sign-off's cells
    # (填报人 | 审核人 | 联系电话 | 填报日期) in the table's frame. main: 21 projects, the first page's
    r = read("ct_s40_lp_calc_total_sign.pdf")
    ps = r.tables["projects"]
    inds = _by_project(r)
    assert [p["name"] for p in ps] == [_project(i)[1] for i in range(1, 57)]
    for i, p in enumerate(ps, 1):
        town, name, money, goal = _project(i)
        assert (p["unit"], p["budget_year"], p["goal_annual"]) == (f"{town}人民政府", money, goal)
        assert [(x["level1"], x["level3"], x["target_raw"]) for x in inds[p["project_id"]]] == [
            ("产出指标", "新建（改建）", f"{i}处"), ("效益指标", "受益脱贫户", f"≥{30 + i}户")]
    assert sum(p["budget_year"] for p in ps) == 13580000.0   # = the 合计 row's 1358 万元
    assert not any(w["code"].startswith("total") for w in r.tables["warnings"])


def test_calc_two_lists_each_with_its_heading(read):
    # `一、县农业农村局` merged across the sheet over the first list's head (a row of the table's frame), `二、县教育局` over
    # the second's, numbered from 1 again. main: 31 projects (the first list's first page and 1 of the second), no
    # department for the first list's
    r = read("ct_s40_lp_calc_two_lists.pdf")
    ps = r.tables["projects"]
    want = [(_project(1 + i)[1], "县农业农村局") for i in range(1, 31)] + \
        [(_project(40 + i)[1], "县教育局") for i in range(1, 25)]
    assert [(p["name"], p["department"]) for p in ps] == want
    assert [p["budget_year"] for p in ps] == [_project(1 + i)[2] for i in range(1, 31)] + \
        [_project(40 + i)[2] for i in range(1, 25)]
    assert len(r.tables["indicators"]) == 108


def test_calc_wide_list_without_serial(read):
    # 10 columns (2 pages across), 48 projects (3 pages down), no 序号: the next page-rows go on by their cells in the
    # list's columns, their money in the money column. main: 21 projects
    r = read("ct_s40_lp_calc_wide_no_serial.pdf")
    ps = r.tables["projects"]
    inds = _by_project(r)
    assert [p["name"] for p in ps] == [_project(i)[1] for i in range(1, 49)]
    for i, p in enumerate(ps, 1):
        town, name, money, goal = _project(i)
        assert (p["department"], p["unit"], p["budget_total"], p["goal_annual"]) == (
            "县农业农村局", f"{town}人民政府", money, goal)
        assert other_fields(p).get("建设性质") == ("新建" if i % 3 else "续建")
        assert other_fields(p).get("备注") == ("县级统筹" if i % 5 == 0 else None)
        assert [(x["level1"], x["level3"], x["op"], x["value"], x["unit"]) for x in inds[p["project_id"]]] == [
            ("产出指标", "建设规模", "=", float(i), "处"), ("效益指标", "带动脱贫人口增收", ">=", 100.0 + i, "人"),
            ("满意度指标", "受益群众满意度", ">=", 90.0, "%")]     # (`＞＝90%`, full-width, is ≥)


def test_calc_town_government_column_and_appended_table(read):
    # `乡镇 | 城关镇人民政府`: the town's government doing the project, its unit (main: other_fields {"乡镇": …}); then
    # `附：资金拨付计划` over a table of the same 7 columns with its own head `序号 | 乡镇 | 拨付批次 | …`, in the same
    # frame: no project of the list (once the list's second page was joined its 3 rows were read as projects)
    r = read("ct_s40_lp_calc_town_government.pdf")
    ps = r.tables["projects"]
    assert len(ps) == 32
    for i, p in enumerate(ps, 1):
        town = TOWNS[i % 7]
        assert (p["name"], p["unit"], p["budget_year"]) == (f"{town}农机购置补贴项目{i}", f"{town}人民政府",
                                                            (5 + i) * 10000.0)
        assert other_fields(p) == {"采购数量": f"{i + 2}台"}
    assert len(r.tables["indicators"]) == 64
    assert not any("批" in (p["name"] or "") for p in ps)


def test_dump_page_marks_and_running_head_between_pages(read):
    # a text dump: 5 projects, `第 1 页，共 2 页`, a form feed, the title again with `（续）` and `单位：万元`, projects 6-8
    # without the head, 合计 531.1. main: 5 projects
    r = read("ct_s40_lp_txt_page_marks.txt")
    ps = r.tables["projects"]
    assert [(p["name"], p["department"], p["budget_year"]) for p in ps] == [
        ("城关镇垃圾中转站运维项目", "县城市管理局", 350000.0), ("城区道路清扫保洁服务项目", "县城市管理局", 1200000.0),
        ("数字城管平台运维项目", "县城市管理局", 186000.0), ("城区公厕改造提升项目", "县城市管理局", 460000.0),
        ("市政路灯维护项目", "县城市管理局", 225000.0), ("城区绿化养护项目", "县住房和城乡建设局", 640000.0),
        ("老旧小区雨污分流改造项目", "县住房和城乡建设局", 2100000.0),
        ("建筑工地扬尘监管项目", "县住房和城乡建设局", 150000.0)]
    assert ps[6]["goal_annual"] == "完成3个老旧小区雨污分流改造"
    got = [(i["level1"], i["target_raw"]) for i in r.tables["indicators"] if i["project_id"] == ps[7]["project_id"]]
    assert got == [("产出指标", "≥40个"), ("效益指标", "扬尘投诉下降")]
    assert len(r.tables["indicators"]) == 16


def test_dump_sign_off_row_no_project(read):
    # 4 projects, a blank line, `填报人：刘xx | 审核人：陈xx | 联系电话 | 日期` on one tabbed row, a 注 line (main right too)
    r = read("ct_s40_lp_txt_sign_off.txt")
    assert [(p["name"], p["unit"], p["budget_year"]) for p in r.tables["projects"]] == [
        ("学生营养改善计划项目", "县第一中学", 860000.0), ("校舍维修改造项目", "县第二中学", 450000.0),
        ("教师培训项目", "县教师发展中心", 120000.0), ("校园安全监控升级项目", "县第一中学", 285000.0)]
    assert len(r.tables["indicators"]) == 8


@pytest.mark.parametrize("name, want", [("城关镇人民政府", True), ("永安乡政府", True), ("城东街道办事处", True),
                                        ("县人民政府", False), ("各乡镇人民政府", False), ("重点街道办事处", False),
                                        ("城关镇", False)])
def test_town_government(name, want):
    from normalize.orgs import town_government
    assert town_government(name) is want


def test_purchase_quantity_head(read):
    # `设备名称 | 采购数量 | 单价（万元） | 金额（万元）`: 采购数量 is the lines' quantity (main: none, `采购数量：2` in the note)
    r = read("ct_s40_lp_purchase_quantity.txt")
    assert [(b["name"], b["quantity"], b["price"], b["amount"], b["note"]) for b in r.tables["budget_items"]] == [
        ("彩色多普勒超声诊断仪", 2.0, 120000.0, 240000.0, None), ("全自动生化分析仪", 3.0, 40000.0, 120000.0, None)]


def test_one_line_detail_under_wan_block(read):
    # one 支出明细 line, 8, under `项目资金（万元） | 年度资金总额 | 8`: 8 万元, the total (main right too)
    r = read("ct_s40_lp_one_line_detail.txt")
    assert [(b["name"], b["amount"]) for b in r.tables["budget_items"]] == [("光伏路灯采购安装", 80000.0)]
    assert r.tables["projects"][0]["budget_year"] == 80000.0


def test_calc_two_row_head_across_and_down(read):
    # `资金规模（万元）` merged over `小计 | 中央资金 | 县级资金`, the other heads merged over both rows; 2 pages across, 2
    # down. main: 1 empty project (generic), 82 unparsed rows — the goal and indicator page was not joined across: its
    # rows lack the rule under the group's head, one rule fewer than the money page's; then the sources beside 小计 were
    # dropped
    r = read("ct_s40_lp_calc_group_head.pdf")
    ps = r.tables["projects"]
    assert len(ps) == 40
    for i, p in enumerate(ps, 1):
        town, name, money, goal = _project(i)
        assert (p["name"], p["unit"], p["budget_total"], p["goal_annual"]) == (name, f"{town}人民政府", money, goal)
        assert other_fields(p) == {"中央资金（万元）": f"{money / 10000 - 5:g}", "县级资金（万元）": "5"}
    assert len(r.tables["indicators"]) == 80
