"""Hunt pdf6 (session 58): digital PDFs of whole forms as an archive holds them — Word tables written with
python-docx (one a workbook with openpyxl) and printed by LibreOffice, each beside the same form as a tab-separated
text dump (tests/fixtures/review/ct_s58_pdf6_*, made by tests/fixtures/review/make_s58_pdf6.py). Each reading was
written down by hand before the run; the PDF and the text dump of one form must read alike.

Decided (wrong on main, fixed):
- a rule-less indicator table whose every level-3 name on a page runs long, wrapping under itself
  (`改造老旧小区1号片区` / `户数`), its target 20 points (under two characters) after the name's first line: the
  target column starts after the blank where three lines' runs starting on the level-3 edge break (main:
  `改造老旧小区1号片区≥110户户数`, no target, 11 rows; so with the head's cells centred, 9 rows);
- a 评分表 of `评价内容 | 分值 | 得分` rows `预算执行率`, `产出指标`, `效益指标`, `满意度指标`: 满意度指标 a level 1 as the
  two before it (main: an item of no level, level3 `满意度指标`), in the PDF and in the text dump alike.
Kept (read right on main, guards): the head printed again over a page break (ruled), a landscape page with a 分值
column, levels and a 分值 merged down (ruled or not), a table with no rules, a 自评表 with its 评分表 on page 2, 指标值
wrapped over three lines, an 8-point dense table, a running head and `第 N 页` on each page, a Calc sheet printed in
landscape with its head row repeated by print titles, a rule-less table whose levels are merged down across the
page break (their text on page 1 only).
"""
from __future__ import annotations

import pytest

from tests.hunt_tools import budget_lines, indicator_targets, only_project, warning_codes

P, E, S = "产出指标", "效益指标", "满意度指标"
N, Q, T, C = "数量指标", "质量指标", "时效指标", "成本指标"
SO, SAT = "社会效益指标", "服务对象满意度指标"
W = 10000.0
FORMS = ("head_again", "head_again_nr", "landscape", "merged", "merged_nr", "no_rules", "selfeval_p2",
         "selfeval_p2_nr", "long_wrap", "long_wrap_nr", "dense8", "dense8_nr", "running_head", "calc_titles",
         "merged_break_nr", "centred_head_nr")


def _reading(r):
    p = only_project(r)
    fields = ("name", "department", "unit", "year", "goal_annual", "budget_year", "budget_fiscal", "budget_other",
              "spent", "score")
    return ({k: p.get(k) for k in fields}, indicator_targets(r),
            [(i["target_raw"], i["weight"], i["actual_raw"], i["score"]) for i in r.tables["indicators"]],
            budget_lines(r), [(s["level1"], s["level3"], s["weight"], s["score"]) for s in r.tables["scores"]],
            warning_codes(r))


@pytest.mark.parametrize("form", FORMS)
def test_pdf_reads_as_its_text_dump(read, form):
    """The PDF of a form and its tab-separated dump give the same project, indicators, budget lines and scores."""
    assert _reading(read(f"ct_s58_pdf6_{form}.pdf")) == _reading(read(f"ct_s58_pdf6_{form}.txt"))


@pytest.mark.parametrize("ext", ["pdf", "txt"])
def test_head_again_no_rules_targets(read, ext):
    """Rule-less, the indicators a table of their own with its head repeated on page 2; the level-3 names of page 1
    wrap (`改造老旧小区1号片区` / `户数`). Main (PDF): rows 1-11 `…片区≥110户户数`, no target, target_missing x12."""
    r = read(f"ct_s58_pdf6_head_again_nr.{ext}")
    got = indicator_targets(r)
    assert len(got) == 26
    assert got[:2] == [(P, N, "改造老旧小区1号片区户数", ">=", 110.0, "户"), (P, N, "改造老旧小区2号片区户数", ">=", 120.0, "户")]
    assert got[10:12] == [(P, N, "改造老旧小区11号片区户数", ">=", 210.0, "户"),
                          (P, N, "改造老旧小区12号片区户数", ">=", 220.0, "户")]
    assert got[-2:] == [(E, SO, "改善居民居住条件户数", ">=", 3500.0, "户"), (S, SAT, "小区居民满意度", ">=", 90.0, "%")]
    assert warning_codes(r) == []


def test_head_again_ruled_guard(read):
    """Guard: the same form ruled: the head on page 2 no row, 26 indicators, no warning."""
    r = read("ct_s58_pdf6_head_again.pdf")
    got = indicator_targets(r)
    assert len(got) == 26 and got[0] == (P, N, "改造老旧小区1号片区户数", ">=", 110.0, "户")
    assert got[22] == (P, Q, "竣工验收合格率", "=", 100.0, "%")
    assert warning_codes(r) == []
    p = only_project(r)
    assert (p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (5600 * W, 5000 * W, 600 * W)


@pytest.mark.parametrize("form", ["selfeval_p2", "selfeval_p2_nr"])
@pytest.mark.parametrize("ext", ["pdf", "txt"])
def test_score_sheet_flat_level1_rows(read, form, ext):
    """The 评分表 on page 2: `预算执行率 | 10 | 9.78`, then 产出 / 效益 / 满意度指标 each a level 1 of its own.
    Main: `满意度指标` an item of no level (level3)."""
    r = read(f"ct_s58_pdf6_{form}.{ext}")
    assert [(s["level1"], s["level2"], s["level3"], s["weight"], s["score"], s["is_subtotal"])
            for s in r.tables["scores"]] == [(None, None, "预算执行率", 10.0, 9.78, False),
                                             (P, None, None, 45.0, 44.0, False), (E, None, None, 20.0, 20.0, False),
                                             (S, None, None, 25.0, 25.0, False)]
    p = only_project(r)
    assert (p["score"], p["spent"], p["budget_year"]) == (98.78, 672.5 * W, 688 * W)
    assert [(i["level3"], i["actual_raw"], i["weight"], i["score"]) for i in r.tables["indicators"]][2] == \
        ("资金拨付及时率", "96%", 10.0, 9.0)


def test_landscape_points_guard(read):
    """Guard: a landscape page, a 分值 column adding up to 100."""
    r = read("ct_s58_pdf6_landscape.pdf")
    assert [(i["level3"], i["weight"]) for i in r.tables["indicators"]] == [
        ("培训基层医务人员人次", 20.0), ("培训考核合格率", 15.0), ("培训完成时间", 10.0), ("人均培训成本", 15.0),
        ("基层诊疗服务能力提升", 30.0), ("参训人员满意度", 10.0)]
    assert indicator_targets(r)[3] == (P, C, "人均培训成本", "<=", 800.0, "元")
    assert warning_codes(r) == ["vague_target"]


@pytest.mark.parametrize("form", ["merged", "merged_nr"])
def test_merged_levels_and_points_guard(read, form):
    """Guard: 产出指标 merged down 8 rows, 数量指标 4, a 分值 of 20 merged over two rows (the second row's points
    null, as decided before)."""
    r = read(f"ct_s58_pdf6_{form}.pdf")
    got = [(i["level1"], i["level2"], i["level3"], i["weight"]) for i in r.tables["indicators"]]
    assert got[:4] == [(P, N, "新建高标准农田面积", 10.0), (P, N, "新建灌排渠道长度", 20.0), (P, N, "新建田间道路长度", None),
                       (P, N, "新增机井数量", 5.0)]
    assert got[7:10] == [(P, C, "亩均投资", 5.0), (E, "经济效益指标", "亩均粮食增产", 10.0), (E, SO, "受益农户数", 10.0)]
    assert len(got) == 12 and warning_codes(r) == []


@pytest.mark.parametrize("form", ["long_wrap", "long_wrap_nr"])
def test_long_targets_over_three_lines_guard(read, form):
    """Guard: 指标值 texts wrapped over three lines in their cell, read whole."""
    r = read(f"ct_s58_pdf6_{form}.pdf")
    assert [i["target_raw"] for i in r.tables["indicators"]][:3] == [
        "覆盖全县12个乡镇156个行政村，每季度巡查不少于1次", "≥90%，出水水质达到一级B排放标准的设施占比不低于85%",
        "2025年12月31日前完成全年运维任务并提交年度运维报告"]
    assert indicator_targets(r)[3:] == [(E, "生态效益指标", "农村生活污水治理率", ">=", 45.0, "%"),
                                        (S, SAT, "农村居民满意度", ">=", 90.0, "%")]


@pytest.mark.parametrize("form", ["dense8", "dense8_nr"])
def test_dense_eight_points_guard(read, form):
    """Guard: 16 indicators at 8 points."""
    got = indicator_targets(read(f"ct_s58_pdf6_{form}.pdf"))
    assert len(got) == 16
    assert got[6] == (P, N, "新增污水处理能力", ">=", 5000.0, "吨/日")
    assert got[11] == (P, C, "管网每公里造价", "<=", 260 * W, "元")  # (万元 as 元)


@pytest.mark.parametrize("form", ["running_head", "calc_titles"])
def test_running_head_and_page_numbers_guard(read, form):
    """Guard: a running head and `第 N 页` on both pages: no indicator, title or field of them."""
    r = read(f"ct_s58_pdf6_{form}.pdf")
    got = indicator_targets(r)
    assert len(got) == (39 if form == "running_head" else 44)
    assert not any("页" in (i["level3"] or "") or "申报" in (i["level3"] or "") for i in r.tables["indicators"])
    assert got[-1][:3] == (S, SAT, "受助学生满意度" if form == "running_head" else "健身群众满意度")
    assert only_project(r)["year"] == 2025 and warning_codes(r) == []


def test_levels_merged_across_a_break_guard(read):
    """Guard: rule-less, 产出指标 / 数量指标 merged down over 20 rows across the break, the head again on page 2 (no
    level printed there): the rows of page 2 keep 产出指标 / 数量指标."""
    r = read("ct_s58_pdf6_merged_break_nr.pdf")
    got = [(i["level1"], i["level2"], i["level3"], i["target_raw"], i["weight"]) for i in r.tables["indicators"]]
    assert len(got) == 24
    assert got[0] == (P, N, "维修加固农村危房（第1批）", "≥21户", 3.0)
    assert got[12] == (P, N, "维修加固农村危房（第13批）", "≥33户", 3.0)
    assert got[20:22] == [(P, Q, "竣工验收合格率", "100%", 10.0), (P, T, "项目完工时间", "2025年12月底前", 5.0)]
    assert warning_codes(r) == []


@pytest.mark.parametrize("ext", ["pdf", "txt"])
def test_centred_head_long_names_no_rules(read, ext):
    """Rule-less, the head's cells centred (no cell starts where the targets do), every level-3 name wrapping.
    Main (PDF): `改造老旧小区1号片区≥110户户数` … `小区居民满意度调查结≥90%果`, no target, target_missing x9."""
    r = read(f"ct_s58_pdf6_centred_head_nr.{ext}")
    got = indicator_targets(r)
    assert len(got) == 9
    assert got[0] == (P, N, "改造老旧小区1号片区户数", ">=", 110.0, "户")
    assert got[7:] == [(P, N, "改造老旧小区8号片区户数", ">=", 180.0, "户"), (S, SAT, "小区居民满意度调查结果", ">=", 90.0, "%")]
    assert warning_codes(r) == []
