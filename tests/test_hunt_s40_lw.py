"""Hunt lw (session 40): a body's heading and a `单位：万元` line glued into the next list's 序号 head cell in a text
dump, and LibreOffice Calc lists too wide for a portrait page printed 2 pages across and 2 long whose last page-row
holds one or two rows (tests/fixtures/make_s40_lw.py). Each expectation was written by hand from the form before
jixiao ran; `main` is main at the hunt's start."""
import pytest

from tests.hunt_tools import indicator_targets, other_fields

W = 10000.0


def _projects(r):
    return [(p["name"], p["department"], p["budget_year"]) for p in r.tables["projects"]]


def test_heading_and_bare_unit_line_over_a_list_head(read):
    # main: 学生营养改善计划 / 校舍维修改造项目 had no department and an other field `二、县教育局单位：万元序号` (the
    # heading, the bare unit line and the head's 序号 glued into one cell); `（单位：万元）` and `金额单位：万元` were right
    r = read("ct_s40_lw_dept_heading_unit.txt")
    assert _projects(r) == [
        ("基本公共卫生服务项目", "县卫生健康局", 320 * W), ("村医补助项目", "县卫生健康局", 86 * W),
        ("学生营养改善计划", "县教育局", 450 * W), ("校舍维修改造项目", "县教育局", 180 * W),
        ("河道清淤项目", "县水利局", 75 * W)]
    assert [other_fields(p) for p in r.tables["projects"]] == [{}] * 5
    assert [p["goal_annual"] for p in r.tables["projects"]][2:4] == ["保障农村义务教育学生营养膳食", "改善农村学校办学条件"]
    assert indicator_targets(r)[4:6] == [(None, "数量指标", "受益学生", ">=", 1.5, "万人"),
                                         ("满意度指标", None, "家长满意度", ">=", 90.0, "%")]


def test_unit_line_over_a_cut_head(read):
    # the head's 资金规模（万元） cut over two lines, a heading and `单位：万元` above it. main: 森林抚育项目 had no
    # department and an other field `二、市林业局单位：万元序号`
    r = read("ct_s40_lw_unit_cut_head.txt")
    # (资金规模 is the project's whole sum: budget_total, as jixiao reads that head elsewhere)
    assert [(p["name"], p["department"], p["budget_total"]) for p in r.tables["projects"]] == [("高标准农田建设项目", "市农业农村局", 1200 * W), ("农村人居环境整治项目", "市农业农村局", 300 * W),
                            ("森林抚育项目", "市林业局", 260 * W)]
    assert [other_fields(p) for p in r.tables["projects"]] == [{}] * 3
    assert indicator_targets(r)[-2:] == [(None, "数量指标", "森林抚育面积", ">=", 5.0, "万亩"),
                                         ("效益指标", None, "森林覆盖率", ">=", 63.0, "%")]


def test_running_heading_list_of_review_ra(read):
    # review ra's dump: 河道清淤项目 under `二、县水利局` / `单位：万元` lost its department (main)
    r = read("ct_s40_ra_list_running_heading.txt")
    assert [p["department"] for p in r.tables["projects"]] == ["县农业农村局"] * 3 + ["县水利局"]
    assert other_fields(r.tables["projects"][3]) == {}


# the Calc lists: 序号 | 项目名称 | 主管部门 | 实施单位 | 项目类别 | 资金（万元） on the left pages, 年度绩效目标 | 产出指标 |
# 效益指标 | 满意度指标 on the right ones; project k of the town TOWNS[k % 7] and the kind KINDS[k % 6], 10 + 3k 万元
TOWNS = ["城关镇", "永安乡", "河口镇", "青石乡", "柳林镇", "双河镇", "白沙镇"]
KINDS = ["村道硬化", "饮水安全巩固", "茶叶加工厂", "产业路", "光伏电站维护", "小型农田水利"]


def _expected(k):
    town, kind = TOWNS[k % 7], KINDS[k % 6]
    return (f"{town}{kind}项目", "县乡村振兴局", f"{town}人民政府", "基础设施" if k % 2 else "产业发展", (10 + 3 * k) * W,
            f"完成{town}{kind}建设任务，带动脱贫户稳定增收")


@pytest.mark.parametrize("name, n", [
    # main: 0 projects (layout_unknown) for the first three — the last page-row's pages (2 rows, 1 row, the 合计 and
    # sign-off rows) were too few rows to join across, so no page joined; 10 of 12 for over-then-down (the last
    # page-row's 2 rows lost their right columns' page)
    ("ct_s40_lw_calc_across_last_two_rows.pdf", 12),
    ("ct_s40_lw_calc_across_last_one_row.pdf", 11),
    ("ct_s40_lw_calc_across_total_sign.pdf", 9),
    ("ct_s40_lw_calc_across_over_then_down.pdf", 12),
])
def test_calc_list_two_pages_across_two_long(read, name, n):
    r = read(name)
    got = [(p["name"], p["department"], p["unit"], p["category"], p["budget_year"], p["goal_annual"])
           for p in r.tables["projects"]]
    assert got == [_expected(k) for k in range(1, n + 1)]
    assert indicator_targets(r)[-3:] == [
        ("产出指标", None, "新建（改建）", "=", float(n), "处"), ("效益指标", None, "受益脱贫户", ">=", 20.0 + n, "户"),
        ("满意度指标", None, "群众满意度", ">=", 90.0, "%")]
    assert len(r.tables["indicators"]) == 3 * n
    assert r.tables["warnings"] == []


def test_calc_literal_last_rows(read):
    # the sheet's last projects by hand (the page-row of one or two rows)
    r = read("ct_s40_lw_calc_across_last_two_rows.pdf")
    assert [(p["name"], p["unit"], p["budget_year"], p["goal_annual"]) for p in r.tables["projects"][-2:]] == [
        ("柳林镇小型农田水利项目", "柳林镇人民政府", 43 * W, "完成柳林镇小型农田水利建设任务，带动脱贫户稳定增收"),
        ("双河镇村道硬化项目", "双河镇人民政府", 46 * W, "完成双河镇村道硬化建设任务，带动脱贫户稳定增收")]
    r = read("ct_s40_lw_calc_across_total_sign.pdf")
    assert [p["name"] for p in r.tables["projects"]][-1] == "河口镇产业路项目"      # no 合计, no 填报人 project
