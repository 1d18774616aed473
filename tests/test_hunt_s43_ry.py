"""Review ry: the rules merged in the session of 2026-12-04 (fourth) (hunts rx, fy, mq, fq; 5fab5347..f2146f36)
tried on forms and spellings they were not written for. Each reading was written down by hand before jixiao was run;
the comments say what main gave where it was wrong. Findings one a line in /tmp/s43/ry-REVIEW.md."""
from __future__ import annotations

from tests.hunt_tools import budget_lines, only_project, other_fields, warning_codes

WAN = 10_000.0


def _by_name(result) -> dict:
    return {i["level3"]: i for i in result.tables["indicators"]}


def test_zero_work_injuries_is_zero_of_a_harm(read):
    # rx's `零` opening a word (`零工`, odd jobs) took `零工伤事故` too: 0 of a harm, as before rx
    i = _by_name(read("ct_s43_ry_target_form.txt"))["安全生产"]
    assert (i["op"], i["value"]) == ("=", 0.0)          # (main: text `零工伤事故`)


def test_zero_word_guards():
    from normalize.targets import split_target
    assert split_target("零星投诉").value is None         # (rx's fix kept)
    assert split_target("零部件质量事故").value is None
    assert (split_target("零伤亡事故").op, split_target("零伤亡事故").value) == ("=", 0.0)


def test_service_time_node_is_a_month_not_a_span(read):
    # rx's span names (`免费开放时间 | 12 | 月`: 12 months) took `开放服务时间节点 | 12 | 月`, a point in time (December),
    # as `完成时间 | 12 | 月` is: the text `12月`
    r = read("ct_s43_ry_target_form.txt")
    i = _by_name(r)["开放服务时间节点"]
    assert (i["op"], i["value"]) == (None, None)         # (main: = 12 月)
    assert _by_name(r)["设施维护"]["op"] == ">="           # (`每月1次以上`, rx's reading kept)


def test_rate_share_count_labels_are_no_money(read):
    # mq's money label of no unit read in the form's `单位：万元` took a rate, a share and a count of money as the year's
    # budget: `申请资金占总投资比例 | 40` budget_year 40万, the rows under it its source lines (95万, 2万)
    r = read("ct_s43_ry_rate_count_labels.txt")
    p = only_project(r)
    assert (p["budget_year"], p["budget_fiscal"]) == (300 * WAN, 300 * WAN)
    assert budget_lines(r) == []                        # (main: 年度预算执行率 950,000 and 年度预算调整次数 20,000 lines)
    assert other_fields(p) == {"申请资金占总投资比例": "40", "年度预算执行率": "95.00"}   # (main: none)


def test_bond_label_still_read_in_the_forms_unit(read):
    # (mq's case kept: `申请债券资金 | 15,000` under `单位：万元`, no unplaced_cell)
    r = read("ct_s42_mn_bond_year_issue.txt")
    assert only_project(r)["budget_year"] == 6_000 * WAN
    assert "unplaced_cell" not in warning_codes(r)


def test_stale_page_header_year_yields_to_the_cells_title(read):
    # fq's XLSX page header lines: a header kept from last year's template, `2024年度项目支出绩效目标表`, over the cells'
    # own `2025年度项目支出绩效目标表` is no title of this form: year 2025
    p = only_project(read("ct_s43_ry_xlsx_stale_header.xlsx"))
    assert p["year"] == 2025                             # (main: 2024, the header's)
    assert p["budget_year"] == 320 * WAN


def test_page_header_title_still_read(read):
    # (fq's case kept: a sheet holding the table only, its title and unit in the page header)
    p = only_project(read("ct_s43_fq_page_header.xlsx"))
    assert (p["year"], p["budget_year"]) == (2025, 320 * WAN)


def test_heads_of_enterprise_kinds_are_no_pair(read):
    # fy's labels ending 企业 / 公司 (`项目公司 | 益阳资源水务有限公司`) took a head row of kinds side by side, `龙头企业 |
    # 农民合作社 | 家庭农场 | 脱贫户` (counts under it), as the label 龙头企业 and its value 农民合作社
    p = only_project(read("ct_s43_ry_heads_enterprise.txt"))
    assert "龙头企业" not in other_fields(p)             # (main: {'龙头企业': '农民合作社'})


def test_firm_labels_still_kept(read):
    # (fy's cases kept: 项目公司's firm, 统筹层次)
    assert other_fields(only_project(read("ct_s43_fy_ppp_monitor.txt")))["项目公司"] == "益阳资源水务有限公司"
    assert other_fields(only_project(read("ct_s43_fy_social_fund_target.txt")))["统筹层次"] == "市级统筹"


def test_other_years_application_is_no_budget_year(read):
    # fy's `2025年申请资金` (the year's money, its year taken for the form's) took `2024年申请资金 | 500` above
    # `2025年申请资金 | 600` in a form of 2025: the year's budget 600万, the year before's kept under its label
    r = read("ct_s43_ry_prior_year_apply.txt")
    p = only_project(r)
    assert (p["budget_year"], p["budget_fiscal"]) == (600 * WAN, 600 * WAN)   # (main: budget_year 500万)
    assert other_fields(p)["2024年申请资金"] == "500.00万元"   # (its unit said, as other years are: mend md38)
    assert "fiscal_total_gap" not in warning_codes(r)     # (main: 财政资金 600万 exceeds 年度资金总额 500万)


def test_list_initial_budget_beside_adjusted(read):
    # mq's `年初预算` label (budget_initial) in a list `年初预算 | 调整预算数 | 执行数`: the year's budget was taken from
    # the initial (the adjusted one an other field), a false spent_exceeds_budget (210 of 200, adjusted 220)
    r = read("ct_s43_ry_list_initial.txt")
    got = [(p["name"], p["budget_initial"], p["budget_year"], p["spent"]) for p in r.tables["projects"]]
    assert got == [("产业路硬化", 500 * WAN, 450 * WAN, 430 * WAN), ("农田水利修复", 200 * WAN, 220 * WAN, 210 * WAN)]
    assert "spent_exceeds_budget" not in warning_codes(r)   # (main: budget_year 500万 / 200万, the warning)


def test_level_word_among_counts_is_no_source(read):
    # mq's bare level beside its amount after the row's total took `年度资金总额 | 500.00 | 乡镇 | 12 | 行政村 | 86` (the
    # towns and villages covered): 乡镇 a source line of 12万
    r = read("ct_s43_ry_level_counts.txt")
    assert budget_lines(r) == []                        # (main: [(None, '乡镇', 120000.0, 'source')])
    assert only_project(r)["budget_year"] == 500 * WAN
    # (mq's case kept: `资金总额 | 15,000.00 | 中央 | 8,000.00 | 省级 | 4,000.00 | 市县 | 3,000.00`, 千元)
    assert [b[1] for b in budget_lines(read("ct_s43_mq_level_pairs_qianyuan.txt"))] == ["中央", "省级", "市县"]
