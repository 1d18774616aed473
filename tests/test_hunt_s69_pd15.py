"""Hunt pd15 (session 69): digital PDFs (tests/fixtures/review/ct_s69_pd15_*, made with reportlab, and with
python-docx and LibreOffice Writer for the Word prints, by tests/fixtures/review/make_s69_pd15.py). Each reading was
written down by hand before the run: the project's fields and money, the goal, the indicators (count, levels,
op / value / unit, pages), warnings.

Decided: a level watermark set large over a ruled table (`征求意见稿` in 60 points, light grey, across the table's
middle) is no cell's text: a glyph at least 2.5 times the page's usual height (and over 24 points) that a rule of the
page crosses inside it is dropped before the tables are read (extract.pdf `watermark_glyphs`); on BASE its glyphs went
into the cells under them (`征求成本指标`, `意见稿每公里管网建设成本`).
Decided too (pd11's xfail): a cell's last line printed past its row's bottom rule (a row of fixed height, the text
set from the top, not clipped) goes back to its cell when the line touches the lower cell's top rule (within a
point), the cell above (same columns) has text down to within 2.5 points of its bottom rule and starts a point and
a half further from its own top rule (a tight Writer print starts every cell as near: ct_s62_pd9_selfeval8.pdf's
`投放公共自 / 行车数量` stays whole), and the lower cell's own text is set apart (its next line more than a line's
height below) or centred without the line (extract.pdf `_keep_overflow_up`); BASE gave the line to the row below
(`一次性合格率项目完成时间`, `（利用暑假施工）100%`).
Kept: a form over three pages with its head row drawn again on pages 2 and 3; rules drawn as thin filled rectangles;
a landscape page (MediaBox wider than high); a diagonal watermark over the table; two forms side by side on a
landscape page; a form beside a column of 填报说明 notes; a Word table printed by LibreOffice with cells wrapped over
lines; the same print with its fonts' ToUnicode maps removed (a `text_layer_unreadable` warning, the page read by
OCR, no `(cid:NN)` in any record); rows set tight (a point of padding) keep their own first lines (a guard).
Left: the goal overflowing its merged cell past page 1's right edge on a too-wide Excel print (pd13's strict xfail,
ct_s67_pd13_xlsx_cols.pdf) stays open: its rest is drawn on page 3 from left of the page (glyphs whose centre is off
the page are dropped), and joining a cell's overflow across column pages was not attempted here.
"""
from __future__ import annotations

import pytest

from tests.hunt_tools import indicator_targets, only_project, other_fields, warning_codes
from tests.test_hunt_s67_pd13 import LIGHT, LIGHT_WHO, WATER, WATER_GOAL, WATER_WHO, _who

P, E, S = "产出指标", "效益指标", "满意度指标"
N, Q, T = "数量指标", "质量指标", "时效指标"
SAT = "服务对象满意度指标"
GREEN = [(P, N, "养护绿地面积", ">=", 126.0, "万平方米"), (P, Q, "苗木成活率", ">=", 95.0, "%"),
         (P, T, "养护完成时间", None, None, None), (S, SAT, "市民满意度", ">=", 90.0, "%")]
LIGHT_GOAL = "维护城区路灯8600盏，亮灯率保持98%以上。"
SCHOOL = ["完成维修改造的中小学校舍数量", "维修改造工程竣工验收一次性合格率", "项目完成时间",
          "校舍安全隐患整改到位率（按排查台账逐项销号）", "师生及家长满意度"]


def _texts(r) -> list[str]:
    """Every text value of the projects (with other_fields) and indicators."""
    out = [str(v) for p in r.tables["projects"] for v in list(p.values()) + list(other_fields(p).values())]
    return out + [str(v) for i in r.tables["indicators"] for v in i.values()]


def test_three_pages_head_repeated(read):
    """70 `第k片区…` rows then the water form's 8, over three pages, the head row drawn again on pages 2 and 3: 78
    indicators in order, pages 1 to 3, no head row an indicator, no warning."""
    r = read("ct_s69_pd15_three_pages.pdf")
    p = only_project(r)
    assert _who(p) == WATER_WHO and p["goal_annual"] == WATER_GOAL
    fill = [(P, N, f"第{k}片区新建供水管网长度", ">=", float(k + 1), "公里") for k in range(1, 71)]
    assert indicator_targets(r) == fill + WATER
    pages = [i["page"] for i in r.tables["indicators"]]
    assert pages == sorted(pages) and set(pages) == {1, 2, 3}
    assert warning_codes(r) == []


def test_rules_drawn_as_filled_rectangles(read):
    """Every rule a filled rectangle half a point thick, no stroke: the ruled form read."""
    r = read("ct_s69_pd15_rect_rules.pdf")
    p = only_project(r)
    assert _who(p) == LIGHT_WHO and p["goal_annual"] == LIGHT_GOAL
    assert indicator_targets(r) == LIGHT
    assert warning_codes(r) == []


def test_landscape_page(read):
    """A landscape MediaBox, no /Rotate, wide columns: the form read, its rows on page 1."""
    r = read("ct_s69_pd15_landscape.pdf")
    p = only_project(r)
    assert _who(p) == WATER_WHO and p["goal_annual"] == WATER_GOAL
    assert indicator_targets(r) == WATER
    assert {i["page"] for i in r.tables["indicators"]} == {1}
    assert warning_codes(r) == []


@pytest.mark.parametrize("stem, marks", [("watermark", ("内部", "资料", "注意保密")), ("watermark_flat", ("征求", "意见稿"))])
def test_watermark_over_the_table(read, stem, marks):
    """A watermark drawn over the table, diagonal (`内部资料 注意保密` three times) or level (`征求意见稿`, 60 points,
    across 成本指标's row): none of its glyphs in a record (BASE, level: `征求成本指标`, `意见稿每公里管网建设成本`)."""
    r = read(f"ct_s69_pd15_{stem}.pdf")
    p = only_project(r)
    assert _who(p) == WATER_WHO and p["goal_annual"] == WATER_GOAL
    assert indicator_targets(r) == WATER
    assert not any(m in t for t in _texts(r) for m in marks)
    assert warning_codes(r) == []


def test_watermark_keeps_the_title(read):
    """The level watermark's filter leaves the form's title (15 points, over no rule) and the year line."""
    p = only_project(read("ct_s69_pd15_watermark_flat.pdf"))
    assert p["title"] == "项目支出绩效目标表" and p["year"] == 2025


def test_two_forms_side_by_side(read):
    """Two forms on one landscape page, street lights left and greening right, narrow columns: two projects in that
    order, each with its own four indicators."""
    r = read("ct_s69_pd15_two_forms.pdf")
    ps = r.tables["projects"]
    assert [_who(p) for p in ps] == [LIGHT_WHO, ("城区绿化养护项目", 2025, "某县城市管理局", "某县园林绿化中心", 4100000.0,
                                                 3800000.0, 300000.0)]
    assert indicator_targets(r) == LIGHT + GREEN
    by = {p["project_id"]: p["name"] for p in ps}
    assert [by[i["project_id"]] for i in r.tables["indicators"]] == [ps[0]["name"]] * 4 + [ps[1]["name"]] * 4
    assert warning_codes(r) == []


def test_form_beside_notes(read):
    """The form in the left two thirds of the page, a column of 填报说明 notes right of it naming 指标值 and 年度绩效目标
    (`如≥95%`): the form's fields and four indicators, no note in a record."""
    r = read("ct_s69_pd15_form_notes.pdf")
    p = only_project(r)
    assert _who(p) == LIGHT_WHO and p["goal_annual"] == LIGHT_GOAL
    assert indicator_targets(r) == LIGHT
    assert not any("填报说明" in t or "定量指标" in t for t in _texts(r))
    assert warning_codes(r) == []


def test_word_table_printed_wrapped(read):
    """A Word table (python-docx) printed by LibreOffice, its narrow cells wrapped over two and three lines: each
    cell's lines joined with no blank, the money and targets read."""
    r = read("ct_s69_pd15_docx_wrap.pdf")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"]) == ("中小学校舍维修改造及安全隐患整治项目", "某市教育局", "某市教育后勤服务中心")
    assert (p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (8600000.0, 8000000.0, 600000.0)
    assert p["goal_annual"] == "完成全市32所中小学校舍维修改造，消除校舍安全隐患，改善师生教学生活条件。"
    assert [i["level3"] for i in r.tables["indicators"]] == SCHOOL
    assert [i["target_raw"] for i in r.tables["indicators"]] == ["≥32所", "100%", "2025年8月31日前（利用暑假施工）",
                                                                 "100%", "≥90%"]
    assert warning_codes(r) == []


def test_fonts_without_unicode_map_warned(read):
    """The same print with its fonts' /ToUnicode removed (`(cid:NN)` glyphs): a text_layer_unreadable warning on page
    1, and no `(cid:` in any record (the page read by OCR from its image, or nothing)."""
    r = read("ct_s69_pd15_docx_nomap.pdf")
    assert "text_layer_unreadable" in warning_codes(r)
    assert not any("(cid:" in t or "cid:" in t for t in _texts(r))


def test_value_overflowing_into_the_next_rows_cell(read):
    """The 时效指标 row one line high, its 指标值's second line `（利用暑假施工）` printed past the row's bottom rule at the
    top of the next row's 指标值 cell (its own `100%` centred lower): the line back with its cell (BASE:
    `2025年8月31日前` and `（利用暑假施工）100%`, 校舍安全隐患整改到位率 of no op or value)."""
    r = read("ct_s69_pd15_overflow_value.pdf")
    p = only_project(r)
    assert (p["name"], p["budget_year"]) == ("中小学校舍维修改造及安全隐患整治项目", 8600000.0)
    assert [i["level3"] for i in r.tables["indicators"]] == SCHOOL
    assert [i["target_raw"] for i in r.tables["indicators"]] == ["≥32所", "100%", "2025年8月31日前（利用暑假施工）",
                                                                 "100%", "≥90%"]
    assert [(i["op"], i["value"], i["unit"]) for i in r.tables["indicators"]][3] == ("=", 100.0, "%")


def test_tight_rows_keep_their_own_first_line(read):
    """Guard: rows set tight (a point of padding), a one-line row reaching its bottom rule over a row whose 三级指标 is
    three lines from its top rule beside a centred 指标值: the three lines stay the lower cell's."""
    r = read("ct_s69_pd15_tight_rows.pdf")
    p = only_project(r)
    assert _who(p) == LIGHT_WHO
    rows = r.tables["indicators"]
    assert [(i["level3"], i["target_raw"]) for i in rows[3:5]] == [
        ("道路照明覆盖率", "≥95%"), ("夜间出行安全保障（主干道及背街小巷）全覆盖", "有效保障")]
    assert indicator_targets(r)[:3] + indicator_targets(r)[-1:] == LIGHT


def test_tight_writer_print_keeps_its_cells(read):
    """Guard: pd9's self-evaluation form printed by Writer, each cell's text from its top rule (`运维站点数量` over two
    lines down to its bottom rule, `投放公共自 / 行车数量` under it): no line moves up."""
    r = read("ct_s62_pd9_selfeval8.pdf")
    level3 = [i["level3"] for i in r.tables["indicators"]]
    assert "运维站点数量" in level3 and "投放公共自行车数量" in level3
