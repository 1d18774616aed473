"""Hunt mn (money lines that do not add up): a 资金来源 block whose last line is 其他资金 (`中央补助资金 | 200`,
`市级配套资金 | 100`, `其他资金 | 40` under 年度资金总额 340), a special bond's form with the year's issue beside the
bond (`申请债券资金 | 15,000 | 其中：2025年发行额度 | 6,000`), a 政府投资基金 form's year plan of fiscal money
(`本年度财政出资计划 | 12,000`), and a 区域绩效自评表 whose money rows are 中央财政资金 / 地方资金 / 其他资金 beside
年初预算数 / 全年预算数 / 全年执行数. Each reading was written down by hand before jixiao was run; the comments say what
main gave where it was wrong."""
from __future__ import annotations

from tests.hunt_tools import budget_lines, only_project, other_fields, warning_codes

WAN = 10_000.0


def test_other_money_after_level_sources_is_a_line_too(read):
    r = read("ct_s42_mn_sources_other.txt")
    p = only_project(r)
    assert (p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (340 * WAN, 300 * WAN, 40 * WAN)
    # (main: 其他资金 the field alone, the lines 300 of the 340)
    assert budget_lines(r) == [("资金来源", "中央补助资金", 200 * WAN, "source"),
                               ("资金来源", "市级配套资金", 100 * WAN, "source"),
                               ("资金来源", "其他资金", 40 * WAN, "source")]
    assert "source_sum_mismatch" not in warning_codes(r)


def test_bond_year_issue_is_the_year_budget(read):
    r = read("ct_s42_mn_bond_year_issue.txt")
    p = only_project(r)
    assert p["name"] == "南充市嘉陵区智慧冷链物流园区建设项目"
    # (main: an unparsed row, budget_year null, the year's 6,000 lost; 申请债券资金 stays in other_fields)
    assert (p["budget_total"], p["budget_year"]) == (42_800 * WAN, 6_000 * WAN)
    assert ("2025年发行额度", 6_000 * WAN) not in [(b[1], b[2]) for b in budget_lines(r)]
    assert other_fields(p)["债券期限"] == "15年"


def test_fund_year_plan_is_the_year_money(read):
    r = read("ct_s42_mn_fund_year_plan.txt")
    p = only_project(r)
    assert p["name"] == "宜宾市新兴产业发展投资基金"
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (100_000 * WAN, 30_000 * WAN, 70_000 * WAN)
    assert p["budget_year"] == 12_000 * WAN             # (main: null, `本年度财政出资计划` an other field)
    assert "本年度财政出资计划" not in other_fields(p) and "本年度财政出资计划（万元）" not in other_fields(p)


def test_region_self_eval_levels_give_fiscal_money(read):
    r = read("ct_s42_mn_region_self_eval.txt")
    p = only_project(r)
    assert (p["form"], p["name"]) == ("self_eval", "农业产业发展资金")
    assert (p["budget_initial"], p["budget_year"], p["spent"]) == (18_600 * WAN, 18_600 * WAN, 17_856 * WAN)
    assert p["execution_rate"] == 0.96
    # (main: budget_fiscal null, the `其他资金 | 0` row counted among the levels; 中央 15,600 + 地方 3,000 now)
    assert (p["budget_fiscal"], p["budget_other"]) == (18_600 * WAN, 0.0)


def test_other_money_in_a_merged_source_block_xlsx(read):
    # (tests/fixtures/make_s42_mn.py: 资金来源（万元） merged down over 省级财政资金 / 县级财政资金 / 其他资金)
    r = read("ct_s42_mn_sources_merged.xlsx")
    p = only_project(r)
    assert (p["name"], p["unit"]) == ("望谟县农村饮水安全巩固提升工程", "望谟县农村供水管理站")
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (560 * WAN, 480 * WAN, 80 * WAN)
    # (main: no 其他资金 line, the lines 480 of the 560)
    assert [(b[1], b[2], b[3]) for b in budget_lines(r)] == [("省级财政资金", 300 * WAN, "source"),
                                                             ("县级财政资金", 180 * WAN, "source"),
                                                             ("其他资金", 80 * WAN, "source")]
    assert "source_sum_mismatch" not in warning_codes(r)
