"""Fix R3 (session 36), from review rv4 of the fix-yr / fix-r1 rules on other forms: words of no change after 调整后
(`不变`, `同调整前`, `无变化` …) keep the goal before; a results table by county gives no targets; a numbered name cell
followed by its target or a level name; an 已下达 row under source heads. Inputs tests/fixtures/review/ct_s36_r3_*."""
from tests.hunt_tools import other_fields


def _p(r, k=0):
    return r.tables["projects"][k]


def _inds(r, *cols):
    cols = cols or ("level1", "level2", "level3", "op", "value", "unit")
    return [tuple(i[c] for c in cols) for i in r.tables["indicators"]]


def _codes(r, code):
    return [w for w in r.tables["warnings"] if w["code"] == code]


# ---------------------------------------------------------------- 1-2: 调整后：不变 / 同调整前

def test_adjust_goal_unchanged_keeps_goal_before(read):
    r = read("ct_s36_r3_r19_adjust_goal_unchanged.txt")
    p = _p(r)
    assert p["goal_annual"] == "完成乡村道路硬化20公里。"
    assert other_fields(p).get("调整后年度目标") == "不变"
    assert "调整前年度目标" not in other_fields(p)
    assert _inds(r, "level3", "value", "unit") == [("硬化道路里程", 15.0, "公里")]


def test_adjust_goal_same_as_before_and_real_change(read):
    r = read("ct_s36_r3_r33_adjust_goal_same_as.txt")
    p = _p(r)
    assert p["goal_total"] == "建成社区养老服务站10个。"
    assert p["goal_annual"] == "建成社区养老服务站8个。"          # a real change: the goal after
    o = other_fields(p)
    assert o.get("调整前年度目标") == "建成社区养老服务站10个。"
    assert o.get("调整后总体目标") == "同调整前"


def test_adjust_goal_no_change_words(read):
    p = _p(read("ct_s36_r3_adjust_goal_no_change_lines.txt"))
    assert p["goal_total"] == "解决3个村饮水安全问题。"
    assert p["goal_annual"] == "新建供水管网12公里。"


# ---------------------------------------------------------------- 3: place columns of a results table

def test_results_by_county_give_no_targets(read):
    r = read("ct_s36_r3_r29_results_by_county.txt")
    assert len(r.tables["projects"]) == 1 and not _codes(r, "blank_form")
    assert _inds(r, "level3", "target_raw", "value") == [("新建产业项目数", None, None), ("项目完工率", None, None),
                                                         ("带动增收户数", None, None)]
    assert [i["note"] for i in r.tables["indicators"]] == ["甲县：12；乙县：9；丙县：15", "甲县：100%；乙县：95%；丙县：98%",
                                                           "甲县：3200；乙县：2800；丙县：4100"]


def test_target_table_by_place_takes_the_total(read):
    r = read("ct_s36_r3_r11_place_targets_total.txt")
    assert _inds(r, "level3", "value", "unit") == [("改造小区个数", 200.0, "个"), ("竣工验收合格率", 100.0, "%"),
                                                   ("惠及居民户数", 5.0, "万户")]
    assert r.tables["indicators"][0]["note"].startswith("甲市：120个")


# ---------------------------------------------------------------- 5-6: a numbered name cell, then a target or a level

def test_targets_beside_the_numbering(read):
    r = read("ct_s36_r3_r38_num_value_in_blank_col.txt")
    # (the numbering alone is no name: level3 None, an unparsed_row each, as `指标1 | ≥ | 500人次`)
    assert _inds(r, "level2", "level3", "target_raw", "value", "unit") == [
        ("数量指标", None, "5座", 5.0, "座"), ("质量指标", None, "验收合格", None, None),
        ("时效指标", None, "年底前", None, None), ("满意度指标", None, "满意", None, None)]
    assert not _codes(r, "target_missing")


def test_level2_beside_the_numbering(read):
    r = read("ct_s36_r3_r39_num_then_level2.txt")
    assert _inds(r, "level1", "level2", "level3", "op", "value", "unit") == [
        ("产出指标", "数量指标", "建设瞭望塔", "=", 5.0, "座"), ("产出指标", "质量指标", None, None, None, None),
        ("效果指标", "社会效益指标", None, "<=", 0.9, "‰")]


def test_names_beside_the_numbering_stay_names(read):
    # (control, fix-yr's: `指标1 | 完成保护区基础设施建设 | ≥150个` — a name beside the numbering, the target in 指标值)
    r = read("ct_s36_yr_y02_2014_numbered_cells_split.txt")
    assert len(r.tables["indicators"]) == 11
    assert all(i["level3"] and i["target_raw"] for i in r.tables["indicators"])
    assert _inds(r, "level3", "op", "value")[:2] == [("完成保护区基础设施建设", ">=", 150.0), ("工程验收合格率", "=", 100.0)]


# ---------------------------------------------------------------- 7, 9: labelled rows under the sources' heads

def test_issued_row_under_sources_takes_its_total(read):
    r = read("ct_s36_r3_r08_issued_row_under_sources.txt")
    p = _p(r)
    assert (p["budget_year"], p["budget_fiscal"], p["budget_other"], p["budget_issued"]) == \
        (1095000000.0, 1075000000.0, 20000000.0, 600000000.0)
    assert [(b["name"], b["amount"]) for b in r.tables["budget_items"]] == [("中央财政资金", 860000000.0),
                                                                            ("地方资金", 215000000.0)]


def test_carryover_row_above_the_year_row(read):
    r = read("ct_s36_r3_r07_carryover_row_under_sources.txt")
    p = _p(r)
    assert (p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (1095000000.0, 1075000000.0, 20000000.0)
    assert other_fields(p).get("上年结转资金") == "4000万元"
    assert [(b["name"], b["amount"]) for b in r.tables["budget_items"]] == [("中央财政资金", 860000000.0),
                                                                            ("地方资金", 215000000.0)]


# ---------------------------------------------------------------- 14: `是 | 否` under a matrix's 是否存在偏差

def test_yes_no_options_row_in_money_matrix(read):
    r = read("ct_s36_r3_r36_matrix_yesno_options.txt")
    p = _p(r)
    assert (p["budget_initial"], p["budget_year"], p["spent"], p["execution_rate"]) == (1000000.0, 1000000.0,
                                                                                        950000.0, 0.95)
    assert p["other_notes"] == "是否存在偏差：否"
    assert [(s["level3"], s["weight"], s["score"]) for s in r.tables["scores"]] == [("预算执行率", 10.0, 9.5)]
    assert [(b["name"], b["amount"]) for b in r.tables["budget_items"]] == [("财政拨款", 1000000.0)]
    assert not _codes(r, "unparsed_row")


# ---------------------------------------------------------------- 15: departments of several levels, none lost

def test_central_then_plain_department(read):
    p = _p(read("ct_s36_r3_r31_central_and_plain_main.txt"))
    assert p["department"] == "某省教育厅" and other_fields(p).get("中央主管部门") == "教育部"


def test_county_department_then_unit(read):
    p = _p(read("ct_s36_r3_r12_prov_county_depts.txt"))
    assert (p["department"], p["unit"]) == ("某省交通运输厅", "某县公路事务中心")
    assert other_fields(p).get("县级主管部门") == "某县交通运输局"


def test_plain_then_provincial_department(read):
    p = _p(read("ct_s36_r3_r15_main_dept_and_prov.txt"))
    assert (p["department"], p["unit"]) == ("某县教育局", "某县第一幼儿园")
    assert other_fields(p).get("省级主管部门") == "某省教育厅"


# ---------------------------------------------------------------- 4: `其中：甲县` under 甲市 in money by place

def test_place_sub_row_is_a_part(read):
    r = read("ct_s36_r3_r06_place_sub_rows.txt")
    assert _p(r)["budget_total"] == 265000000.0
    assert [(b["group"], b["name"], b["amount"]) for b in r.tables["budget_items"]] == [
        ("资金情况", "甲市", 160000000.0), ("甲市", "甲县", 70000000.0), ("资金情况", "乙市", 105000000.0)]
    assert not _codes(r, "budget_sum_mismatch")


def test_total_invest_row_then_year_row(read):
    r = read("ct_s36_r3_r30_total_invest_then_year_rows.txt")
    p = _p(r)
    assert (p["budget_total"], p["budget_year"], p["budget_fiscal"]) == (80000000.0, 30000000.0, 30000000.0)
    assert [(b["name"], b["amount"]) for b in r.tables["budget_items"]] == [("中央财政资金", 20000000.0),
                                                                            ("地方资金", 10000000.0)]
