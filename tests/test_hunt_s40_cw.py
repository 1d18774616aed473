"""Hunt cw (session 40): labelled-but-empty money fields. Expectations written by hand before running jixiao."""
import pytest


def _money(p):
    return {k: p[k] for k in ("form", "budget_initial", "budget_year", "budget_total", "budget_fiscal", "spent",
                              "execution_rate")}


@pytest.mark.parametrize("name, expected", [
    # main gave budget_year 4200000.0 (the 年初预算数 copied over the `/` under 全年预算数)
    ("ct_s40_cw_monitor_year_slash.txt", dict(form="self_eval", budget_initial=4200000.0, budget_year=None,
                                              budget_total=None, budget_fiscal=4200000.0, spent=2100000.0,
                                              execution_rate=0.5)),
    # main gave budget_year 3600000.0 (the empty 调整后预算数 cell filled with the 年初预算数)
    ("ct_s40_cw_monitor_adjusted_blank.txt", dict(form="self_eval", budget_initial=3600000.0, budget_year=None,
                                                  budget_total=None, budget_fiscal=3600000.0, spent=1440000.0,
                                                  execution_rate=0.4)),
    # all three stated: the year's budget is the 全年 (= 调整后) figure (main right)
    ("ct_s40_cw_monitor_all_three.txt", dict(form="self_eval", budget_initial=5000000.0, budget_year=5200000.0,
                                             budget_total=None, budget_fiscal=5200000.0, spent=2600000.0,
                                             execution_rate=0.5)),
])
def test_monitor_matrix_labelled_empty(read, name, expected):
    assert _money(read(name).tables["projects"][0]) == expected


@pytest.mark.parametrize("name", ["ct_s40_cw_pairs_year_slash.txt", "ct_s40_cw_pairs_adjusted_blank.txt"])
def test_monitor_pairs_labelled_empty(read, name):
    # main gave budget_year 8600000.0 in both (the 年初预算数)
    p = read(name).tables["projects"][0]
    assert p["form"] == "self_eval"
    assert p["budget_initial"] == 8600000.0
    assert p["budget_year"] is None
    assert p["spent"] == 5160000.0 and p["execution_rate"] == 0.6


def test_monitor_only_initial_still_filled(read):
    # a form with no 全年 / 调整后 label at all: the 年初预算数 is the year's budget (hunt dt's rule, kept)
    p = read("ct_s40_dt_monitor_initial_only.txt").tables["projects"][0]
    assert p["budget_initial"] == 5800000.0 and p["budget_year"] == 5800000.0


# ---------------------------------------------------------------- 2. a 权重 column after each level
def _items(r):
    return [((x["section"], x["section_points"]), x["group"], x["content"], x["points"], x["kind"])
            for x in r.tables["assessment_items"]]


_XLSX_ITEMS = [  # written by hand from tests/fixtures/make_s40_cw.py's rows
    (("决策", 20), "项目立项（权重8）", "立项依据充分性", 4.0, "base"),
    (("决策", 20), "项目立项（权重8）", "立项程序规范性", 4.0, "base"),
    (("决策", 20), "绩效目标（权重6）", "绩效目标合理性", 3.0, "base"),
    (("决策", 20), "绩效目标（权重6）", "绩效指标明确性", 3.0, "base"),
    (("决策", 20), "资金投入（权重6）", "预算编制科学性", 6.0, "base"),
    (("过程", 20), "资金管理（权重12）", "资金到位率", 4.0, "base"),
    (("过程", 20), "资金管理（权重12）", "预算执行率", 4.0, "base"),
    (("过程", 20), "资金管理（权重12）", "资金使用合规性", 4.0, "base"),
    (("过程", 20), "组织实施（权重8）", "管理制度健全性", 4.0, "base"),
    (("过程", 20), "组织实施（权重8）", "制度执行有效性", 4.0, "base"),
    (("产出", 40), "产出数量（权重15）", "帮扶产业项目完成数", 15.0, "base"),
    (("产出", 40), "产出质量（权重10）", "项目验收合格率", 10.0, "base"),
    (("产出", 40), "产出时效（权重10）", "项目完成及时性", 10.0, "base"),
    (("产出", 40), "产出成本（权重5）", "成本控制有效性", 5.0, "base"),
    (("效益", 20), "经济效益（权重10）", "脱贫人口人均纯收入增长率", 10.0, "base"),
    (("效益", 20), "满意度（权重10）", "受益群众满意度", 10.0, "base"),
]


def test_weighted_framework_xlsx(read):
    """Excel, the levels and their weights merged down. Main: no item, a blank_form warning."""
    r = read("ct_s40_cw_weighted_framework.xlsx")
    assert _items(r) == _XLSX_ITEMS
    assert sum(x["points"] for x in r.tables["assessment_items"]) == 100
    first = r.tables["assessment_items"][0]
    assert first["requirement"] == "依据充分得4分，每缺一项依据扣1分。"
    assert first["explanation"] == "项目立项是否符合法律法规、相关政策和发展规划。"
    assert r.tables["projects"] == [] and r.tables["indicators"] == [] and r.tables["scores"] == []
    assert [w["code"] for w in r.tables["warnings"]] == []


def test_dept_weights_framework(read):
    """ct_s40_ap_dept_weights: three 权重 columns. Main: no item, a blank_form warning."""
    r = read("ct_s40_ap_dept_weights.txt")
    assert _items(r) == [
        (("投入", 20), "预算配置（权重10）", "财政供养人员控制率", 5.0, "base"),
        (("投入", 20), "预算配置（权重10）", "“三公经费”变动率", 5.0, "base"),
        (("投入", 20), "预算执行（权重10）", "预算执行率", 10.0, "base"),
        (("过程", 30), "财务管理（权重15）", "管理制度健全性", 15.0, "base"),
        (("过程", 30), "资产管理（权重15）", "固定资产利用率", 15.0, "base"),
        (("产出", 30), "职责履行（权重30）", "重点工作完成率", 30.0, "base"),
        (("效果", 20), "社会效益（权重20）", "服务对象满意度", 20.0, "base")]
    assert r.tables["assessment_items"][2]["requirement"] == "执行率100%得满分，每低1个百分点扣0.2分。"


def test_nf_framework_with_shifted_rows(read):
    """ct_s39_nf_eval_framework: `… | 三级指标 | 分值`, and the rows holding only a third level written one cell left
    (`| | | 立项程序规范性 | 2 | …`, one empty merged cell dropped). Main: no item, a blank_form warning."""
    r = read("ct_s39_nf_eval_framework.txt")
    got = _items(r)
    assert len(got) == 15 and sum(x[3] for x in got) == 100
    assert got[:2] == [(("决策", 15), "项目立项（权重5）", "立项依据充分性", 3.0, "base"),
                       (("决策", 15), "项目立项（权重5）", "立项程序规范性", 2.0, "base")]
    assert got[5:7] == [(("过程", 20), "资金管理（权重12）", "预算执行率", 4.0, "base"),
                        (("过程", 20), "资金管理（权重12）", "资金使用合规性", 4.0, "base")]
    assert got[13] == (("效益", 25), "项目效益（权重20）", "受益人口", 10.0, "base")
    assert r.tables["assessment_items"][1]["requirement"] == "程序规范得2分，否则不得分。"
    assert [w["code"] for w in r.tables["warnings"]] == []
