"""Hunt BV (a form's budget year and money unit, from every place forms put them, and their traps):
tests/fixtures/review/ct_s34_bv_*, each read as the form says."""
from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.pipeline import _named_year, process_file
from normalize.amounts import detect_money_unit
from parsers.forms import _footnote_unit, declared_unit

REVIEW = Path(__file__).parent / "fixtures" / "review"


def _t(name):
    return process_file(REVIEW / name).tables


def _money(p):
    return p["year"], p["budget_year"], p["budget_fiscal"]


def test_thousand_yuan_declared_after_jin_e():
    # `金额：千元` beside 填报单位 (no 单位 word), a 千元 form: ×1,000, not read as yuan
    (p,) = _t("ct_s34_bv_cn_year_thousand_yuan.txt")["projects"]
    assert _money(p) == (2023, 3600000.0, 3600000.0)     # (二〇二三年度 in the title)


@pytest.mark.parametrize("text, unit", [
    ("金额单位：千元", "千元"), ("金额：千元", "千元"), ("单位：百万元", "百万元"), ("（千元）", "千元"),
    ("金额：50万元", None), ("项目总预算（元）", "元"),
])
def test_declared_units(text, unit):
    assert declared_unit(text) == unit


def test_detect_money_unit_thousand():
    assert detect_money_unit("金额单位：千元") == "千元"


@pytest.mark.parametrize("name, unit", [
    ("ct_s34_bv_unit_footnote_after_table.txt", 4200000.0),     # `注：表中金额单位为万元。` under the table
    ("ct_s34_bv_xlsx_unit_note_below.xlsx", 3200000.0),         # `说明：本表金额单位为万元。` a sheet's last row
])
def test_unit_in_a_note_below_the_table(name, unit):
    (p,) = _t(name)["projects"]
    assert p["budget_year"] == unit and p["budget_fiscal"] == unit


@pytest.mark.parametrize("text, unit", [
    ("注：表中金额单位为万元。", "万元"), ("说明：1.本表金额单位：万元", "万元"), ("金额单位均为万元", "万元"),
    ("注：本表数据来源于财政局", None), ("注：每人补助5万元", None),
])
def test_footnote_unit(text, unit):
    assert _footnote_unit(text) == unit


def test_next_forms_unit_line_above_the_footer():
    # form 1 `单位：元` …; `金额单位：万元` (form 2's) above form 1's 填报人 row, then form 2's title
    t = _t("ct_s34_bv_next_form_unit_above_footer.txt")
    p1, p2 = t["projects"]
    assert (p1["budget_year"], p2["budget_year"]) == (860000.0, 15000000.0)
    assert (p1["contact"], p1["phone"]) == ("李明", "13800001111")     # the footer stays the first form's


def test_year_in_the_file_name_only():
    (p,) = _t("ct_s34_bv_2023年城乡供水保障项目绩效目标表.xlsx")["projects"]
    assert p["year"] == 2023 and p["budget_year"] == 2600000.0


def test_year_in_the_sheet_name_only():
    (p,) = _t("ct_s34_bv_sheet_name_year_colhead_suffix.xlsx")["projects"]
    assert (p["year"], p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (2023, 1800000.0, 1300000.0, 500000.0)


def test_two_sheets_two_years():
    t = _t("ct_s34_bv_two_sheets_by_year.xlsx")
    assert [(p["year"], p["budget_year"]) for p in t["projects"]] == [(2023, 1200000.0), (2024, 1500000.0)]


@pytest.mark.parametrize("name, year", [
    ("2023年城乡供水保障项目绩效目标表", 2023), ("2023", 2023), ("Sheet1", None), ("2023-2025年中期绩效目标", None),
    ("2022年度自评表（2023年填报）", None), ("2022年度自评表（2023年3月15日）", 2022), ("自评表2023年3月15日", None),
    ("二〇二三年度绩效目标表", 2023), ("20230315绩效目标表", None),
])
def test_named_year(name, year):
    assert _named_year(name) == year


@pytest.mark.parametrize("name, year, fill", [
    ("ct_s34_bv_niandu_title_fill_date_before.txt", 2023, "2022-12-20"),   # filled the autumn before
    ("ct_s34_bv_selfeval_2022_filled_2023.txt", 2022, "2023-03-15"),       # a 2022 self-eval filled in 2023
    ("ct_s34_bv_fill_date_only_no_year.txt", None, "2022-12-20"),          # a fill date is no budget year
])
def test_fill_date_is_no_year(name, year, fill):
    (p,) = _t(name)["projects"]
    assert p["year"] == year and str(p["fill_date"]) == fill


def test_year_traps_guards():
    (p,) = _t("ct_s34_bv_year_only_in_code.txt")["projects"]
    assert p["year"] is None and p["project_code"] == "2023330100000456"
    (p,) = _t("ct_s34_bv_midterm_title_two_years.txt")["projects"]
    assert (p["year"], p["budget_total"], p["budget_year"]) == (2023, 9000000.0, 3000000.0)
