"""Review rv3 of hunts mn8 (money) and fam4 (institution titles, project lists, horizons): each rule's edges. Each
reading was written down by hand before jixiao was run; the comments say what main (f1b72c38) gave. (Read right on
main, no test: hedged figures in cells of no money — a target `约800人`, `预计750户受益` in 项目概况, `受益人数 | 约800` —
stay what they were; `新化县水文站2024年度部门整体支出绩效目标表` gives no project name; `新化县博物馆馆藏文物保护项目` filed by
the 博物馆 keeps its name; a form whose indicators are prose, with a list of its sub-projects after it, is still the
form, the list warned as project_list.)"""
from __future__ import annotations

import pytest

from tests.hunt_tools import budget_lines, only_project, other_fields, warning_codes

WAN = 10_000.0


def test_level_fiscal_clause_with_a_comparison(read):
    # `资金总额500万元，其中县级财政配套不少于100万元，省级财政补助资金300万元，其他资金100万元。`: the two levels' fiscal
    # money source lines, budget_fiscal 400
    r = read("ct_s49_rv3_level_clause_compared.txt")
    p = only_project(r)
    # (main: the 县级 clause taken for a use and dropped without a word, budget_fiscal null)
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (500 * WAN, 400 * WAN, 100 * WAN)
    assert budget_lines(r) == [("资金总额", "县级财政配套", 100 * WAN, "source"),
                               ("资金总额", "省级财政补助资金", 300 * WAN, "source")]


def test_capital_bound_kept_as_written(read):
    # `项目资金总额 | 不超过叁佰万元`: a bound, no amount — kept under its label as `不超过300` is
    r = read("ct_s49_rv3_capital_bound.txt")
    p = only_project(r)
    # (main: the label taken for a head of money lines, the cell lost without a word)
    assert p["budget_total"] is None
    assert other_fields(p).get("项目资金总额") == "不超过叁佰万元"


@pytest.mark.parametrize("name, want", [
    ("ct_s49_rv3_three_years.txt", {"2024年资金总额": "200万元", "2026年资金总额": "600万元",
                                    "2024年财政拨款": "200万元", "2026年财政拨款": "500万元"}),
    ("ct_s49_rv3_years_sum_row.txt", {"2026年资金总额": "600万元", "2026年财政拨款": "500万元"}),
    ("ct_s49_rv3_years_mid_row.txt", {"2026年资金总额": "600万元", "2026年财政拨款": "500万元"}),
])
def test_other_years_keys_name_the_year_once(read, name, want):
    # rows `年度资金总额` / `合计` / `中期资金总额` by year: the key the year and the total's name, once
    p = only_project(read(name))
    of = other_fields(p)
    # (main: `2024年年度资金总额`, `2026年合计`, `2026年中期资金总额`)
    assert {k: of.get(k) for k in want} == want
    assert not any("年年度" in k or "合计" in k or "中期" in k for k in of)


def test_money_planned_by_month_spans(read):
    # `分月用款计划 | 1-3月 | 4-6月 | 7-9月 | 10-12月` over the amounts: kept as a quarter plan is
    r = read("ct_s49_rv3_month_plan.txt")
    p = only_project(r)
    # (main: `分月用款计划: 1-3月`, two unparsed_row)
    assert other_fields(p).get("分月用款计划") == "1-3月：100万元；4-6月：120万元；7-9月：80万元；10-12月：60万元"
    assert "unparsed_row" not in warning_codes(r)


def test_bare_horizon_words_in_a_type_column(read):
    # `指标类型 | 一级指标 | …` over `中期 | 产出指标 | …` and `年度 | 产出指标 | …`: each row's horizon
    r = read("ct_s49_rv3_type_column_bare.txt")
    # (main: horizon null, each row's note `指标类型：中期` / `指标类型：年度`, 2 duplicate_indicator)
    assert [i["horizon"] for i in r.tables["indicators"]] == ["long_term", "long_term", "annual", "annual", "annual"]
    assert [i["note"] for i in r.tables["indicators"]] == [None] * 5
    assert "duplicate_indicator" not in warning_codes(r)


@pytest.mark.parametrize("name", ["ct_s49_rv3_about_title.txt", "ct_s49_rv3_about_title_de.txt",
                                  "ct_s49_rv3_about_issue_title.txt"])
def test_title_about_a_project(read, name):
    # `关于（下达）新化县2024年农村公路安防工程项目（的）绩效目标表`: the project 新化县农村公路安防工程项目
    p = only_project(read(name))
    # (main: `关于新化县农村公路安防工程项目`; with 的, null; `关于下达新化县…项目`)
    assert (p["name"], p["year"]) == ("新化县农村公路安防工程项目", 2024)


@pytest.mark.parametrize("name", ["ct_s49_rv3_place_twice.txt", "ct_s49_rv3_place_twice_whole.txt",
                                  "ct_s49_rv3_filer_then_hospital.txt"])
def test_title_place_said_twice_around_the_year(read, name):
    # `新化县2024年县人民医院…`, `新化县2024年新化县人民医院…`, `新化县卫生健康局2024年县人民医院…能力提升项目绩效目标表`:
    # 新化县人民医院能力提升项目; `新化县2024年县域…` keeps 县域
    p = only_project(read(name))
    # (main: `新化县县人民医院…`, `新化县新化县人民医院…`, `县人民医院能力提升项目`)
    assert p["name"] == "新化县人民医院能力提升项目"
    assert only_project(read("ct_s49_rv3_place_county_word.txt"))["name"] == "新化县县域医疗次中心能力提升项目"


@pytest.mark.parametrize("name, project", [
    ("ct_s49_rv3_filer_gov_office.txt", "政务服务平台运维项目"),          # 新化县人民政府办公室2024年…
    ("ct_s49_rv3_filer_then_station.txt", "乡镇自动气象站项目"),           # 新化县气象局2024年乡镇自动气象站项目
    ("ct_s49_rv3_layout_word_title.txt", "新化县城乡布局规划编制项目"),   # 新化县2024年城乡布局规划编制项目
])
def test_title_filer_left_out_whole_and_only_a_body(read, name, project):
    p = only_project(read(name))
    # (main: `办公室政务服务平台运维项目` (the filer cut at 人民政府), null (the whole fit no name, the filer not tried),
    # `规划编制项目` (布局's 局 taken for a body's))
    assert p["name"] == project


def test_form_fields_over_a_project_list_are_no_list_only_document(read):
    # a form's fields (`项目名称 | …`, `主管部门 | …`, `项目资金（万元） | 年度资金总额 | 300.00`, `年度绩效目标 | …`), no
    # indicator table, then its sub-projects' list: the list warned and the form's layout unknown
    r = read("ct_s49_rv3_form_fields_over_list.txt")
    # (main: `project_list` alone, `list of 2 projects, no form` — the form's fields hidden behind the list)
    assert warning_codes(r) == ["project_list", "layout_unknown"]


@pytest.mark.parametrize("name, label", [("ct_s49_rv3_progress_plan_percent.txt", "支出进度计划"),
                                         ("ct_s49_rv3_progress_plan_head.txt", "预算执行进度")])
def test_progress_plan_by_quarter_in_percent(read, name, label):
    # `支出进度计划 | 一季度 | …` over `25% | 50% | 75% | 100%`, `预算执行进度（%） | 一季度 | …` over `25 | 50 | …`: each
    # quarter's share, no money
    r = read(name)
    p = only_project(r)
    # (main: two unparsed_row; `一季度：25万元；二季度：50万元；…` — a percent read in the form's 万元)
    assert other_fields(p).get(label) == "一季度：25%；二季度：50%；三季度：75%；四季度：100%"
    assert "unparsed_row" not in warning_codes(r)
