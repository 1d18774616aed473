"""Review R2 (session of 2026-12-03, fourth): forms other than those the fix-gs / fix-au rules were written for —
score sentences of another year, body or evaluation, 合计 rows that are no plain sum, a finance bureau's evaluation
notice, a tick option with `；` in brackets, history's version order, score tables whose first rows stand outside any
level, short names of bodies (inputs in tests/fixtures/review/ct_s36_r2_*, a reviewer's, expectations written by hand
before the run)."""
from __future__ import annotations

import pytest

from jixiao import history as H
from jixiao.search import _closest_bodies, abbreviates
from tests.hunt_tools import warning_codes


def _warnings(r, code):
    return [w for w in r.tables["warnings"] if w["code"] == code]


# ---------------------------------------------------------------- 1. score sentences

@pytest.mark.parametrize("name, score", [
    ("ct_s36_r2_prior_year_sentence_in_form.txt", 93.0),   # 2022's 85 (no 为) left; 2023's `综合得分为93分` taken
    ("ct_s36_r2_county_average_in_form.txt", None),        # 项目平均自评得分89分: the county's average
    ("ct_s36_r2_method_in_form.txt", None),                # 综合评分100分制: the method
    ("ct_s36_r2_other_project_in_form.txt", None),         # 后者…市级重点评价中综合得分78分: another project's
    ("ct_s36_r2_goal_in_form.txt", None)])                 # 上年度…目标为力争项目综合评分90分: a goal
def test_score_sentence_names_this_projects_score(read, name, score):
    """A score sentence without 为 took the first `…项目…综合得分N分` of the form's notes, whichever year, body or kind
    of figure (a false weights_not_100 beside it). Now only this project's score of this evaluation."""
    r = read(name)
    [p] = r.tables["projects"]
    assert p["score"] == score and p["form"] == "self_eval" and p["year"] == 2023
    assert p["grade"] is None
    assert "weights_not_100" not in warning_codes(r)
    assert sum(float(i["score"]) for i in r.tables["indicators"]) == 93.0


# ---------------------------------------------------------------- 2. total rows

@pytest.mark.parametrize("name, n", [
    ("ct_s36_r2_budget_list_carryover.txt", 3),        # 合计（含上年结转）: unsure what it sums, no check
    ("ct_s36_r2_list_page_totals.txt", 5),             # 本页合计: the page's rows
    ("ct_s36_r2_results_list_yuan_total_wan.txt", 2),  # 合计（万元） under 元 columns
    ("ct_s36_r2_total_wan_lines_yuan.txt", 1),
    ("ct_s36_r2_subtotal_on_top.txt", 1),              # 硬件采购 | 小计 | 180 over its lines
    ("ct_s36_r2_budget_subtotal_on_top.xlsx", 1)])
def test_total_rows_that_hold_are_no_mismatch(read, name, n):
    r = read(name)
    assert len(r.tables["projects"]) == n
    assert "total_row_mismatch" not in warning_codes(r)


def test_total_rows_read_so_are_still_checked(read):
    """The controls: one figure changed, the mismatch found where it is, in the total's own unit."""
    [w] = _warnings(read("ct_s36_r2_list_page_totals_wrong.txt"), "total_row_mismatch")
    assert w["line"] == 10 and "本页合计" in w["message"] and "17,400,000" in w["message"] \
        and "its 2 projects" in w["message"] and "17,300,000" in w["message"]
    [w] = _warnings(read("ct_s36_r2_total_wan_lines_yuan_wrong.txt"), "total_row_mismatch")
    assert "states 135,000 元" in w["message"] and "add up to 125,000 元" in w["message"]
    [w] = _warnings(read("ct_s36_r2_subtotal_on_top_wrong.txt"), "total_row_mismatch")
    assert "states 1,900,000 元" in w["message"] and "2 budget lines under it add up to 1,800,000 元" in w["message"]


def test_list_totals_in_their_own_unit(read):
    r = read("ct_s36_r2_results_list_yuan_total_wan.txt")
    assert [(p["name"], p["budget_year"], p["spent"], p["score"], p["grade"]) for p in r.tables["projects"]] == [
        ("村级公益事业一事一议", 1200000.0, 1150000.0, 92.0, "优"), ("农村人居环境整治", 800000.0, 760000.0, 88.0, "良")]
    r = read("ct_s36_r2_budget_list_carryover.txt")
    assert [p["budget_year"] for p in r.tables["projects"]] == [8000000.0, 1500000.0, 2500000.0]


def test_subtotals_on_top_keep_their_lines(read):
    for name in ("ct_s36_r2_subtotal_on_top.txt", "ct_s36_r2_budget_subtotal_on_top.xlsx"):
        r = read(name)
        assert [b["amount"] for b in r.tables["budget_items"]] == [1200000.0, 600000.0, 2000000.0, 800000.0], name
        assert r.tables["projects"][0]["budget_year"] == 4600000.0
        assert warning_codes(r) in ([], ["vague_target"]), name


# ---------------------------------------------------------------- 3. an evaluation notice

def test_finance_evaluation_notice_is_no_self_evaluation(read):
    """`在部门绩效自评基础上，县财政局委托第三方…` above `评价得分 | 评价等级` rows: the finance bureau's evaluation
    (3 self_eval projects with its scores and grades were read). 自评 in a lead-in's sentence is no list's title."""
    r = read("ct_s36_r2_key_eval_notice.txt")
    assert r.tables["projects"] == []
    assert "total_row_mismatch" not in warning_codes(r)


# ---------------------------------------------------------------- 4. tick options

def test_ticked_option_keeps_its_bracket(read):
    [p] = read("ct_s36_r2_tick_option_with_semicolon.txt").tables["projects"]
    assert p["category"] == "新建项目（含改扩建；不含日常维修）"
    assert p["name"] == "乡镇卫生院改造" and p["budget_year"] == 3000000.0


# ---------------------------------------------------------------- 5. history's version order

@pytest.mark.parametrize("a, b", [
    ("智慧水务平台绩效目标（2023版）.txt", "智慧水务平台绩效目标（修改稿v2）.txt"),   # 2023版 is a year, no version 3
    ("教师补充计划_初稿.txt", "教师补充计划.txt"),       # 补充 is the project's name, no revision word
    ("正式工补助_初稿.txt", "正式工补助_修订稿.txt"),
    ("表v1.docx", "表v2.docx"), ("表（第一稿）.doc", "表（第二稿）.doc"), ("表_初稿.xlsx", "表.xlsx")])
def test_version_order_where_file_names_differ(a, b):
    ka, kb = H.pair_order({}, a, {}, b)
    assert H._later(ka, kb) < 0
    kb, ka = H.pair_order({}, b, {}, a)
    assert H._later(kb, ka) > 0


def test_year_in_a_name_is_no_version():
    assert H.version_order({}, "表（2023版）.txt")[2] is None
    assert H.version_order({}, "表（2版）.txt")[2] == 2


# ---------------------------------------------------------------- 6. score tables

@pytest.mark.parametrize("name", ["ct_s36_r2_l1_rows_after_first_row.txt", "ct_s36_r2_docx_score_l1_rows.docx"])
def test_rows_outside_levels_then_level_one_rows_over_theirs(read, name):
    """`预算执行率 | 10 | 9` outside any level, then 产出 / 效益 / 满意度指标 each over its rows: the flat-list rule made
    every level-1 row a row of its own (weights 190, scores 175 vs 92). Now subtotals over their rows."""
    r = read(name)
    [p] = r.tables["projects"]
    assert p["score"] == 92.0
    rows = [(s["level1"], s["level3"], float(s["weight"]), float(s["score"]), bool(s["is_subtotal"]))
            for s in r.tables["scores"]]
    assert rows == [
        (None, "预算执行率", 10.0, 9.0, False),
        ("产出指标", None, 40.0, 37.0, True), ("产出指标", "数量指标", 20.0, 20.0, False),
        ("产出指标", "质量指标", 10.0, 9.0, False), ("产出指标", "时效指标", 10.0, 8.0, False),
        ("效益指标", None, 30.0, 28.0, True), ("效益指标", "经济效益", 15.0, 14.0, False),
        ("效益指标", "社会效益", 15.0, 14.0, False),
        ("满意度指标", None, 20.0, 18.0, True), ("满意度指标", "服务对象满意度", 20.0, 18.0, False)]
    assert not {"weights_not_100", "subtotal_mismatch", "total_row_mismatch"} & set(warning_codes(r))


# ---------------------------------------------------------------- 7. short names

@pytest.mark.parametrize("short, name, yes", [
    ("城管局", "县城市管理局", True), ("城管局", "武汉市城市管理局", True), ("人社局", "县人力资源和社会保障局", True),
    ("卫健委", "县卫生健康委员会", True), ("教体局", "县教育和体育局", True), ("文旅局", "县文化广电体育和旅游局", True),
    ("住建局", "县住房和城乡建设局", True), ("疾控中心", "县疾病预防控制中心", True), ("发改委", "县发展和改革委员会", True),
    ("市场监管局", "县市场监督管理局", True), ("医保局", "县医疗保障局", True), ("县卫健委", "县卫生健康委员会", True),
    ("人社局", "县人民政府社会事务局", False),   # 人民政府 is the government over the bureau, no word of its name
    ("农委", "县农村工作委员会", False),         # 工作 left out right before 委
    ("社保局", "县人力资源和社会保障局", False),   # not from the name's first word
    ("教育局", "县教育和体育局", False)])
def test_short_names_tightened(short, name, yes):
    assert abbreviates(short, name) is yes


def test_short_name_names_the_body_it_cuts_least():
    assert _closest_bodies("城管局", ["县城乡建设管理局", "县城市管理局", "县城乡规划管理局"]) == ["县城市管理局"]
    # bodies of other kinds are all kept
    assert _closest_bodies("城管局", ["县城乡建设管理局"]) == ["县城乡建设管理局"]
    assert set(_closest_bodies("人社局", ["县人力资源和社会保障局", "县人口和社会事务局"])) == {
        "县人力资源和社会保障局", "县人口和社会事务局"}
