"""Hunt MO (session of 2026-12-03, fifth): money readings the last session left open — a money matrix's note
wrapped over two lines, things counted under source heads, money by place with year columns, a 备注 column or year
heads merged over their sources, `调整前：…；调整后：…` in a target cell, scores per county, one level's line beside
其他资金, 0 and `/` carryovers, a 资金分配表 caption right under the indicators. Inputs in
tests/fixtures/review/ct_s37_mo_*; each expectation written by hand before the run."""

import pytest

from tests.hunt_tools import budget_lines, only_project, other_fields, warning_codes

W = 10000


def _ind(r):
    return [(i["level3"], i["target_raw"], i["op"], i["value"], i["unit"], i["note"]) for i in r.tables["indicators"]]


@pytest.mark.parametrize("name", ["ct_s37_mo_matrix_wrapped_note.txt", "ct_s37_mo_matrix_note.xlsx"])
def test_note_under_matrix_head_keeps_the_matrix(read, name):
    # `| （注：全年预算数含年中追加资金，执行数为截至` / `2023年12月31日实际支出数）` under the matrix's head: it ended the
    # matrix (budget_year 200 万 from the year's row read as a field, a line named `90%`, spent lost)
    r = read(name)
    p = only_project(r)
    assert (p["budget_initial"], p["budget_year"], p["spent"]) == (200 * W, 220 * W, 198 * W)
    assert p["execution_rate"] == pytest.approx(0.9)
    assert p["budget_fiscal"] == 220 * W
    assert budget_lines(r) == [(None, "当年财政拨款", 220 * W, "source"), (None, "上年结转资金", 0.0, "source")]
    assert "unparsed_row" not in warning_codes(r)
    assert [(s["level3"], s["weight"], s["score"]) for s in r.tables["scores"]] == [("预算执行率", 10, 9)]


def test_note_between_matrix_rows(read):
    # `| 注：执行数为截至2023年12月31日的实际支出数。` between the total row and the 财政拨款 row
    r = read("ct_s37_mo_note_after_rows.txt")
    p = only_project(r)
    assert (p["budget_initial"], p["budget_year"], p["spent"], p["budget_fiscal"]) == (300 * W, 300 * W, 285 * W, 300 * W)
    assert budget_lines(r) == [(None, "当年财政拨款", 300 * W, "source")]
    assert "unparsed_row" not in warning_codes(r)


@pytest.mark.parametrize("name", ["ct_s37_mo_counts_under_levels.txt", "ct_s37_mo_counts_under_levels.xlsx"])
def test_households_under_source_heads_are_no_money(read, name):
    # `补助户数 | 120 | 80 | 200` under `中央 | 省级 | 合计`: it was kept as `200万元`
    r = read(name)
    p = only_project(r)
    assert (p["budget_total"], p["budget_fiscal"]) == (500 * W, 500 * W)
    assert budget_lines(r) == [(None, "中央", 300 * W, "source"), (None, "省级", 200 * W, "source")]
    assert other_fields(p)["补助户数"] == "中央：120；省级：80；合计：200"


def test_counts_under_a_row_of_amounts(read):
    # `金额 | 500 | 300 | 200` then `改造户数 | 200 | 120 | 80`: an unparsed row
    r = read("ct_s37_mo_counts_below_amounts.txt")
    p = only_project(r)
    assert (p["budget_total"], p["budget_fiscal"]) == (500 * W, 500 * W)
    assert other_fields(p)["改造户数"] == "合计：200；中央：120；省级：80"
    assert "unparsed_row" not in warning_codes(r)


@pytest.mark.parametrize("name", ["ct_s37_mo_place_years_remark.txt", "ct_s37_mo_place_years_remark.docx"])
def test_money_by_place_and_year_with_remarks(read, name):
    # `县（市、区） | 2024年 | 2025年 | 合计 | 备注`: the places were source lines of their 2024 figure, budget_total the
    # 合计 row's first figure (600 万, annual_exceeds_total) and the head an unparsed row
    r = read(name)
    p = only_project(r)
    assert p["budget_year"] == 900 * W and p["budget_total"] is None
    assert budget_lines(r) == [("资金分配表", "甲县", 400 * W, "composition"), ("资金分配表", "乙县", 350 * W, "composition"),
                         ("资金分配表", "丙县", 150 * W, "composition")]
    notes = [b["note"] for b in r.tables["budget_items"]]
    assert notes == ["2024年：300万元；2025年：100万元；备注：含上年结转50万元", "2024年：200万元；2025年：150万元",
                     "2024年：100万元；2025年：50万元；备注：新增"]
    assert not {"unparsed_row", "annual_exceeds_total", "budget_sum_mismatch"} & set(warning_codes(r))


def test_money_by_place_and_year_without_total(read):
    r = read("ct_s37_mo_place_years_no_total.txt")
    assert budget_lines(r) == [("资金分配", "A区", 250 * W, "composition"), ("资金分配", "B县", 180 * W, "composition")]


@pytest.mark.parametrize("name", ["ct_s37_mo_place_years_merged.txt", "ct_s37_mo_place_years_merged.xlsx"])
def test_year_heads_merged_over_sources(read, name):
    # `资金分配（万元） | 2024年 | | 2025年 |` over `乡镇 | 中央 | 地方 | 中央 | 地方`: the note said `中央` twice (txt); the
    # XLSX, 备注 merged down the two head rows, gave source lines of the first figure and two unparsed rows
    r = read(name)
    assert budget_lines(r) == [("资金分配", "城关镇", 210 * W, "composition"), ("资金分配", "河口镇", 120 * W, "composition")]
    first = r.tables["budget_items"][0]["note"]
    assert first.startswith("2024年中央：100万元；2024年地方：20万元；2025年中央：80万元；2025年地方：10万元")
    assert first.endswith("备注：含应急水源") == name.endswith(".xlsx")
    assert "unparsed_row" not in warning_codes(r)


def test_place_table_in_yuan_with_remarks(read):
    r = read("ct_s37_mo_place_yuan_remark.txt")
    p = only_project(r)
    assert (p["budget_total"], p["budget_fiscal"]) == (430000, 430000)
    assert budget_lines(r) == [("资金分配情况", "城关镇", 250000, "composition"), ("资金分配情况", "东关街道", 180000, "composition")]
    assert r.tables["budget_items"][1]["note"] == "中央资金：150,000元；县级资金：30,000元；备注：含结转资金"


@pytest.mark.parametrize("name", ["ct_s37_mo_adjust_in_target.txt", "ct_s37_mo_adjust_in_target.docx"])
def test_before_and_after_in_a_target_cell(read, name):
    # `调整前：≥20公里；调整后：≥15公里` in the 指标值 cell: the whole cell was the target, no value read
    r = read(name)
    assert _ind(r) == [("硬化道路里程", "≥15公里", ">=", 15, "公里", "调整前指标值：≥20公里"),
                       ("验收合格率", "100%", "=", 100, "%", "调整后指标值：不变"),
                       ("完工时间", "2023年12月底前", None, None, None, "调整前指标值：2023年10月底前")]


def test_before_and_after_as_original_and_now(read):
    r = read("ct_s37_mo_adjust_orig_now.txt")
    assert _ind(r) == [("新建公路里程", "8公里", "=", 8, "公里", "调整前指标值：10公里"),
                       ("验收合格率", "≥98%", ">=", 98, "%", "调整前指标值：≥95%")]


@pytest.mark.parametrize("name", ["ct_s37_mo_scores_by_county.txt", "ct_s37_mo_scores_by_county.xlsx"])
def test_scores_per_county(read, name):
    # `分值 | 甲县 | 乙县 | 丙县`: 丙县's scores were read as the scores and 41 as the form's score
    r = read(name)
    p = only_project(r)
    assert p["score"] is None
    assert [(s["level3"], s["weight"], s["score"]) for s in r.tables["scores"]] == [
        ("立项依据充分性", 5, None), ("资金到位率", 10, None), ("项目完成率", 20, None), ("带动增收", 15, None)]
    said = [w["message"] for w in r.tables["warnings"] if w["code"] == "scores_by_place"]
    assert len(said) == 1 and "甲县 47，乙县 45，丙县 41" in said[0]
    assert "blank_form" not in warning_codes(r)


def test_one_level_line_beside_other_money(read):
    # `年度资金总额 | 500` over `其中：省级财政资金 | 300` and `其他资金 | 200`: budget_fiscal was null
    r = read("ct_s37_mo_level_line_and_other.txt")
    p = only_project(r)
    assert (p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (500 * W, 300 * W, 200 * W)
    assert budget_lines(r) == [("项目资金", "省级财政资金", 300 * W, "source")]


def test_carryover_of_zero_is_a_line(read):
    # `上年结转 | 0`: a line the form writes, at 0 (as a matrix's `上年结转资金 | 0 | 0 | 0`); `其他资金 | 0` the field
    r = read("ct_s37_mo_carry_zero.txt")
    p = only_project(r)
    assert (p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (150 * W, 150 * W, 0)
    assert budget_lines(r) == [("项目资金", "上年结转", 0, "source")]


def test_carryover_of_slash_is_none(read):
    # `上年结转 | /`: no amount, no line (it was an unparsed row)
    r = read("ct_s37_mo_carry_slash.txt")
    p = only_project(r)
    assert (p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (80 * W, 80 * W, None)
    assert budget_lines(r) == []
    assert "unparsed_row" not in warning_codes(r)


def test_allocation_caption_right_under_indicators(read):
    # `资金分配表` with no tab right after the last indicator row: the caption, its head and rows were glued into an
    # indicator `资金分配表乡镇 / 分配金额（万元）城关镇 / 180河口镇 | 120`
    r = read("ct_s37_mo_caption_after_indicators.txt")
    assert [i["level3"] for i in r.tables["indicators"]] == ["整治村数", "村容村貌改善"]
    assert [(n, a, k) for _, n, a, k in budget_lines(r)] == [("城关镇", 180 * W, "composition"), ("河口镇", 120 * W, "composition")]
