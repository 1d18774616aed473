"""Hunt ly1 (session 54): layouts not yet seen. Fixtures ct_s54_ly1_* (text dumps, tab-separated cells, from
tests/fixtures/review/make_s54_ly1.py), each a province's or a year's wording new to the fixtures; each reading
was written down by hand before jixiao was run.

Decided:
- a 2018-style form's `一级指标 | 二级指标 | 指标值` whose 一级 column holds 数量指标 / 质量指标 / 时效指标 /
  成本指标 / 社会效益指标 / 满意度指标 (no 产出指标 level; 成本指标 and 满意度指标 are kinds of either level) and
  whose 二级 column the indicators' names: the levels printed one column up, as when every head is a level 2
  only — level 1 null, the kind the level 2, the name the level 3 (level1_std from the kind). Main: the rows
  shifted, the names `unplaced_cell`, seven `unparsed_row` warnings, every level 1 `成本指标`.
- a `考核权重（%）` head over an indicator's points (a 浙江-style 绩效目标表): the weight, as 权重 is. Main: no head
  of a column, its figures in the note (`考核权重（%）：20`).
Kept (right on main):
- 广东: 绩效目标 as `长期目标` / `年度目标` rows (goal_total / goal_annual); `指标内容` after the 二级 with no 三级
  column, the indicator's name; the `评（扣）分标准` column the note;
- 北京: a 成本指标 block of 经济 / 社会 / 生态环境成本指标, a level-3 row under the merged 经济成本指标, `≤300万元`
  read as `<=` 3,000,000 元;
- 江苏 county: `资金用途` the fund_use, 资金总额 the budget_total, `分年度指标` with one target column a year
  (2024 annual, 2025 / 2026 long_term);
- full-width digits and a blank inside a figure (`≥１ ５００床`, `１２０ 万元`) read as 1500 床 and 1,200,000 元;
- 四川: a money matrix `年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分` with 预期目标 / 实际完成情况;
- a Traditional form (項目名稱, 產出指標, `≤２５ 萬元`): tried, right, not kept as a fixture.
"""
from __future__ import annotations

from tests.hunt_tools import indicator_targets, only_project, warning_codes


def test_2018_kinds_as_level1_heads(read):
    r = read("ct_s54_ly1_2018_flat_heads.txt")
    rows = [(i["level1"], i["level1_std"], i["level2"], i["level3"]) for i in r.tables["indicators"]]
    assert rows == [
        (None, "output", "数量指标", "维护路灯盏数"), (None, "output", "数量指标", "更换损坏灯具数量"),
        (None, "output", "质量指标", "主次干道亮灯率"), (None, "output", "时效指标", "故障修复时间"),
        (None, "output", "成本指标", "单盏路灯年维护成本"), (None, "outcome", "社会效益指标", "夜间道路交通事故发生率"),
        (None, "satisfaction", "满意度指标", "市民满意度")]
    assert [(i["op"], i["value"], i["unit"]) for i in r.tables["indicators"]][:2] == [(">=", 6000, "盏"), (">=", 300, "套")]
    assert warning_codes(r) == [] and r.document["status"] == "ok"


def test_guangdong_goal_split_and_content_column(read):
    r = read("ct_s54_ly1_gd_content_column.txt")
    p = only_project(r)
    assert p["goal_total"].startswith("到2026年") and p["goal_annual"].startswith("2024年完成300个")
    assert p["budget_year"] == 12_000_000 and p["budget_fiscal"] == 12_000_000
    assert indicator_targets(r)[0] == ("产出指标", "数量指标", "完成生活污水治理的行政村数", ">=", 300, "个")
    assert [i["level3"] for i in r.tables["indicators"]][-1] == "受益群众满意度"
    assert r.tables["indicators"][0]["note"] == "每少10个扣1分" and warning_codes(r) == []


def test_beijing_cost_block(read):
    r = read("ct_s54_ly1_bj_cost_block.txt")
    got = [(i["level1"], i["level2"], i["level3"], i["op"], i["value"], i["unit"]) for i in r.tables["indicators"]]
    assert got[3:7] == [
        ("成本指标", "经济成本指标", "项目总成本", "<=", 15_000_000, "元"),
        ("成本指标", "经济成本指标", "单个小区平均整治成本", "<=", 3_000_000, "元"),
        ("成本指标", "社会成本指标", "施工扰民投诉次数", "<=", 5, "次"),
        ("成本指标", "生态环境成本指标", "建筑垃圾资源化利用率", ">=", 60, "%")]
    assert len(got) == 9 and warning_codes(r) == []


def test_jiangsu_fund_targets_by_year(read):
    r = read("ct_s54_ly1_js_fund_by_year.txt")
    p = only_project(r)
    assert p["name"] == "如东县农业产业化发展专项资金" and p["fund_use"].startswith("支持农业龙头企业")
    assert p["budget_total"] == 8_000_000 and p["year"] == 2024
    got = [(i["level3"], i["value"], i["horizon"], i["target_year"]) for i in r.tables["indicators"]]
    assert got[:3] == [("扶持农业龙头企业数", 8, "annual", 2024), ("扶持农业龙头企业数", 6, "long_term", 2025),
                       ("扶持农业龙头企业数", 6, "long_term", 2026)]
    assert len(got) == 12 and warning_codes(r) == []


def test_full_width_digits_with_blanks(read):
    r = read("ct_s54_ly1_fullwidth_digits.txt")
    p = only_project(r)
    assert p["year"] == 2024 and p["budget_year"] == 1_200_000
    got = indicator_targets(r)
    assert got[0] == ("产出指标", "数量指标", "储备棉被数量", ">=", 1500, "床")
    assert got[4] == ("产出指标", "成本指标", "物资采购成本", "<=", 1_200_000, "元")
    assert got[2][3:] == ("=", 100, "%") and warning_codes(r) == []


def test_sichuan_self_eval_matrix(read):
    r = read("ct_s54_ly1_sc_self_eval.txt")
    p = only_project(r)
    assert (p["budget_initial"], p["budget_year"], p["spent"], p["execution_rate"], p["score"]) == \
        (20_000_000, 20_000_000, 19_000_000, 0.95, 95)
    assert p["goal_annual"] == "完成80所中小学校舍维修改造" and p["goal_actual"] == "完成78所中小学校舍维修改造"
    got = [(i["level3"], i["actual_raw"], i["weight"], i["score"]) for i in r.tables["indicators"]]
    assert got[0] == ("维修改造学校数", "78所", 20, 19) and len(got) == 5
    assert [(s["level3"], s["weight"], s["score"]) for s in r.tables["scores"]] == [("预算执行率", 10, 9.5)]
    assert warning_codes(r) == []


def test_assessment_weight_head_and_numeral_year(read):
    """`预期指标值 | 考核权重（%）` under a `二〇二四年度` title: the 考核权重 each indicator's weight (as 权重（%）),
    the year 2024. Main: the weight kept in the note as `考核权重（%）：20`."""
    r = read("ct_s54_ly1_zj_weight_percent.txt")
    assert only_project(r)["year"] == 2024
    got = [(i["level3"], i["op"], i["value"], i["weight"], i["note"]) for i in r.tables["indicators"]]
    assert got == [("补贴公交线路条数", ">=", 25, 20, None), ("公交准点率", ">=", 90, 20, None),
                   ("补贴资金拨付时间", None, None, 10, None), ("城乡公交通达率", "=", 100, 30, None),
                   ("乘客满意度", ">=", 85, 20, None)]
    assert warning_codes(r) == []
