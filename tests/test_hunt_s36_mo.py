"""Hunt MO (session of 2026-12-03, fourth): money blocks left open by the last session — funding lines two rows
below their total, `按收入性质分:… | 按支出性质分:…` under a matrix, sources by level with no total, special-bond parts
whatever the place of `其中`, 地方主管部门 on transfer forms, a 资金分配表 by unit — and money blocks of other
provinces' forms. Inputs in tests/fixtures/review/ct_s36_mo_*; each expectation written by hand before the run."""

import pytest

from tests.hunt_tools import budget_lines, only_project, other_fields, warning_codes

W = 10000


@pytest.mark.parametrize("name", ["ct_s36_mo_pairs_below_parts_head.txt", "ct_s36_mo_pairs_below_other_field.txt"])
def test_pairs_two_rows_below_their_total_are_its_parts(read, name):
    # `资金总额（万元） | 500`, then a lone `其中：` (or `项目期限 | 2024年`), then `中央资金（万元）：300` / `县级资金（万元）：250`:
    # the lines were grouped under nothing, so no check compared them with the total (right below it they were)
    r = read(name)
    p = only_project(r)
    assert p["budget_total"] == 500 * W
    assert budget_lines(r) == [("资金总额", "中央资金", 300 * W, "source"), ("资金总额", "县级资金", 250 * W, "source")]
    assert warning_codes(r).count("source_sum_mismatch") == 1        # 550 万 of a 500 万 total


def test_pairs_that_add_up_give_the_fiscal_money(read):
    # `年度资金总额（万元） | 300` over `其中：` and `中央财政资金：200万元 | 省级财政资金：60万元 | 县级财政资金：40万元`
    r = read("ct_s36_mo_pairs_sum_total.txt")
    p = only_project(r)
    assert (p["budget_year"], p["budget_fiscal"]) == (300 * W, 300 * W)
    assert budget_lines(r) == [("年度资金总额", "中央财政资金", 200 * W, "source"),
                         ("年度资金总额", "省级财政资金", 60 * W, "source"),
                         ("年度资金总额", "县级财政资金", 40 * W, "source")]
    assert "source_sum_mismatch" not in warning_codes(r)


@pytest.mark.parametrize("name", ["ct_s36_mo_sources_no_total.txt", "ct_s36_mo_sources_no_total.xlsx"])
def test_level_sources_without_total_are_the_fiscal_money(read, name):
    # `资金来源（万元） | 市级财政拨款 | 80`, `| 区级财政配套 | 40`, `| 中央补助资金 | 100`: budget_fiscal was null
    r = read(name)
    p = only_project(r)
    assert p["budget_fiscal"] == 220 * W
    assert p["budget_total"] is None and p["budget_year"] is None and p["budget_other"] is None
    assert budget_lines(r) == [("资金来源", "市级财政拨款", 80 * W, "source"), ("资金来源", "区级财政配套", 40 * W, "source"),
                         ("资金来源", "中央补助资金", 100 * W, "source")]


def test_level_sources_beside_self_raised_money(read):
    # `省级财政补助 | 50`, `县级财政配套 | 30`, `单位自筹 | 20` under 资金来源（万元）, no total: 80 万 fiscal, 20 万 other
    r = read("ct_s36_mo_sources_mixed.txt")
    p = only_project(r)
    assert (p["budget_fiscal"], p["budget_other"], p["budget_total"]) == (80 * W, 20 * W, None)


def test_sources_under_a_total_take_its_unit(read):
    # `资金总额（万元） | 500` over `资金来源 | 中央资金 | 300` …: the lines were read as 300 元
    r = read("ct_s36_mo_sources_unit_of_total.txt")
    p = only_project(r)
    assert (p["budget_total"], p["budget_fiscal"]) == (500 * W, 500 * W)
    assert [(n, a) for _, n, a, _ in budget_lines(r)] == [("中央资金", 300 * W), ("省级资金", 100 * W), ("市级资金", 60 * W),
                                                    ("县级资金", 40 * W)]


@pytest.mark.parametrize("name", ["ct_s36_mo_level_columns.txt", "ct_s36_mo_level_columns.xlsx"])
def test_heads_by_level_over_a_row_of_amounts(read, name):
    # `资金来源 | 合计 | 中央 | 省级 | 市级 | 县级` over `金额（万元） | 500 | 300 | …`: one line `金额` of 500 元… (txt), two
    # unparsed rows and no money (xlsx, `中央资金 …` heads)
    r = read(name)
    p = only_project(r)
    k = 100 if name.endswith(".txt") else 300
    assert (p["budget_total"], p["budget_fiscal"]) == (5 * k * W, 5 * k * W)
    assert [(a, kind) for _, _, a, kind in budget_lines(r)] == [(3 * k * W, "source"), (k * W, "source"),
                                                          (0.6 * k * W, "source"), (0.4 * k * W, "source")]
    assert "unparsed_row" not in warning_codes(r)


def test_parts_after_the_first_stay_under_the_total(read):
    # `项目总预算（万元） | 260` / `其中：中央补助资金 | 200` / `省级补助资金 | 60`: the second part had no group
    r = read("ct_s36_mo_parts_after_first.txt")
    p = only_project(r)
    assert (p["budget_total"], p["budget_fiscal"]) == (260 * W, 260 * W)
    assert budget_lines(r) == [("项目总预算", "中央补助资金", 200 * W, "source"), ("项目总预算", "省级补助资金", 60 * W, "source")]


@pytest.mark.parametrize("name", ["ct_s36_mo_bond_parts_each.txt", "ct_s36_mo_bond_parts_once.txt"])
def test_bond_parts_grouped_wherever_qizhong_stands(read, name):
    # `其中 | 专项债券资金 | 20000` in the total's column (each row, or once): group null (beside the total it was 项目总投资)
    r = read(name)
    assert only_project(r)["budget_total"] == 50000 * W
    assert budget_lines(r) == [("项目总投资", "专项债券资金", 20000 * W, "source"), ("项目总投资", "项目资本金", 10000 * W, "source"),
                         ("项目总投资", "市场化融资", 20000 * W, "source")]
    assert "source_sum_mismatch" not in warning_codes(r)


def test_bond_parts_checked_against_the_total(read):
    r = read("ct_s36_mo_bond_mismatch.txt")                    # 20000 + 10000 + 25000 of 50000
    assert "source_sum_mismatch" in warning_codes(r)


def test_bond_parts_merged_qizhong_with_a_fiscal_part(read):
    # DOCX, `其中` merged down over 专项债券资金 / 项目资本金 / 财政预算资金 (the last one budget_fiscal): no mismatch
    r = read("ct_s36_mo_bond_parts_merged.docx")
    p = only_project(r)
    assert (p["budget_total"], p["budget_fiscal"]) == (36000 * W, 10000 * W)
    assert budget_lines(r) == [("项目总投资", "专项债券资金", 20000 * W, "source"), ("项目总投资", "项目资本金", 6000 * W, "source")]
    assert "source_sum_mismatch" not in warning_codes(r)


@pytest.mark.parametrize("name, unit", [("ct_s36_mo_transfer_local_dept.txt", None),
                                        ("ct_s36_mo_transfer_local_dept.docx", None),
                                        ("ct_s36_mo_transfer_local_dept_first.txt", None),   # (above 中央主管部门: lost)
                                        ("ct_s36_mo_transfer_use_unit.txt", "市国土空间生态修复中心")])
def test_local_department_is_no_unit(read, name, unit):
    # 地方主管部门 was the unit when no 资金使用单位 was written
    r = read(name)
    p = only_project(r)
    assert p["unit"] == unit
    assert other_fields(p)["地方主管部门"] in ("省农业农村厅", "县农业农村局", "市自然资源局")
    assert p["department"] in ("农业农村部", "自然资源部")


@pytest.mark.parametrize("name, first", [("ct_s36_mo_allocation_units.txt", "城关镇人民政府"),
                                         ("ct_s36_mo_allocation_units.xlsx", "城关镇人民政府")])
def test_allocation_table_by_unit_names_its_lines(read, name, first):
    # `单位名称 | 分配金额（万元） | 备注` under the form: lines with no name and `unplaced_cell`s for the units
    r = read(name)
    lines = budget_lines(r)
    assert len(lines) == 3 and lines[0][1] == first and all(n for _, n, _, _ in lines)
    assert all(k == "composition" for *_, k in lines)
    assert "unplaced_cell" not in warning_codes(r)


def test_side_sums_under_a_matrix(read):
    # 衡山 部门整体 自评表: `| 按收入性质分:2030.12 | | | 按支出性质分:1925.67` under the 年度资金总额 matrix row was an
    # unparsed row and the sources' group `2030.12`; the spending side's sum, short of the budget, is kept as written
    from pathlib import Path
    from jixiao.pipeline import process_file
    r = process_file(str(Path(__file__).parent / "templates"
                         / "real_hunan_hengshan_guantang_dept_overall_basic_data_self_eval" / "form.txt"))
    p = only_project(r)
    assert other_fields(p)["按支出性质分"] == "1925.67万元"
    assert not any("按收入性质分" in (w["message"] or "") for w in r.tables["warnings"])
    src = [(g, n) for g, n, _, k in budget_lines(r) if n in ("一般公共预算", "政府性基金拨款")]
    assert src == [(None, "一般公共预算"), (None, "政府性基金拨款")]
