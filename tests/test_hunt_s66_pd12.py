"""Hunt pd12 (session 66): digital PDFs of layouts the fixtures had not (tests/fixtures/review/ct_s66_pd12_*, made
with reportlab by tests/fixtures/review/make_s66_pd12.py). Each reading was written down by hand before the run: the
project's name, year and money, the indicators (count, levels, op / value / unit), the sign-off's people, warnings.

Decided: a sign word spaced out in a sign-off's label, `单位负责人（签 字）：张建国`, is `（签字）` (normalize.text
SIGN_WORDS spells 签字 / 签名 with a space as SEAL_WORDS spelt its seals; parsers.forms cuts a sign-off's pairs outside
brackets as parsers.core does): the people in other_fields, no indicator of the line. A top-aligned cell of the
table's last row wrapping past the bottom rule (rows of a fixed height, unclipped) keeps its lines under the rule
(extract.pdf `_keep_wrapped_cells_whole`; they were lost, or read as indicators of their own).
Kept: spaced part headings `第 一 部 分` over and between ruled tables; two columns of notes under a ruled indicator
table; a landscape page of five columns (指标值 set right, 计量单位 beside it); 指标值 set right; 一级指标 written
top to bottom in a narrow merged column; a 三线表 indicator table; every glyph its own text object in a shuffled
drawing order; double-ruled borders.
Left: a cell's line printed past its row's bottom rule inside the table (pd11's xfail); three columns under a
ruled indicator table (rv126's xfail).
"""
from __future__ import annotations

from tests.hunt_tools import indicator_targets, only_project, other_fields, warning_codes

P, E, S = "产出指标", "效益指标", "满意度指标"
N, Q, T, C = "数量指标", "质量指标", "时效指标", "成本指标"
SAT = "服务对象满意度指标"
W = 10000.0
LIGHT = [(P, N, "维护路灯数量", ">=", 8600.0, "盏"), (P, Q, "路灯亮灯率", ">=", 98.0, "%"),
         (E, "社会效益指标", "夜间出行安全保障", None, None, None), (S, SAT, "市民满意度", ">=", 90.0, "%")]
WATER = [(P, N, "新建改造农村供水管网长度", ">=", 35.0, "公里"), (P, N, "受益农村人口", ">=", 1.8, "万人"),
         (P, Q, "水质检测达标率", ">=", 95.0, "%"), (P, T, "工程完工时间", None, None, None),
         (P, C, "每公里管网建设成本", "<=", 300000.0, "元"), (E, "社会效益指标", "农村集中供水率", ">=", 90.0, "%"),
         (E, "可持续影响指标", "工程设计使用年限", ">=", 20.0, "年"), (S, SAT, "受益群众满意度", ">=", 90.0, "%")]
LIGHT_WHO = ("城市道路照明设施维护", 2025, "某县城市管理局", "某县路灯管理所", 260 * W, 260 * W, 0.0)
WATER_WHO = ("农村饮水安全巩固提升工程", 2025, "某县水利局", "某县农村供水管理站", 1250 * W, 1100 * W, 150 * W)
GOAL = "维护城区路灯8600盏，亮灯率保持98%以上。"


def _who(p):
    return (p["name"], p["year"], p["department"], p["unit"], p["budget_year"], p["budget_fiscal"], p["budget_other"])


def test_spaced_sign_words_in_the_sign_off(read):
    """`单位负责人（签 字）：张建国  财务负责人（签 字）：李红` under the form: the two people in other_fields, the filler
    the contact with the phone, the form's eight indicators and no more (main: the line a ninth indicator,
    target_missing, no person kept)."""
    r = read("ct_s66_pd12_signoff_spaced.pdf")
    p = only_project(r)
    assert _who(p) == WATER_WHO
    assert indicator_targets(r) == WATER
    assert (p["contact"], p["phone"]) == ("王小明", "0371-65432198")
    of = other_fields(p)
    assert (of.get("单位负责人"), of.get("财务负责人")) == ("张建国", "李红")
    assert warning_codes(r) == []


def test_spaced_part_headings_around_ruled_tables(read):
    """Guard: `第 一 部 分  项目基本情况` over the ruled fields, `第 二 部 分  绩效指标` between them and the ruled
    indicator table: the form whole, no heading in a field or an indicator."""
    r = read("ct_s66_pd12_part_headings.pdf")
    p = only_project(r)
    assert _who(p) == LIGHT_WHO and p["goal_annual"] == GOAL
    assert indicator_targets(r) == LIGHT
    assert not any("部" in str(v) for v in other_fields(p).values())
    assert warning_codes(r) == []


def test_last_rows_cell_wrapping_past_the_bottom_rule(read):
    """Rows of one line's height; the last 三级指标 wraps to two lines, the second printed under the table's bottom
    rule: the name whole (main: `…照明服务的满意`, the `度` lost with no word)."""
    r = read("ct_s66_pd12_below_row.pdf")
    assert _who(only_project(r)) == LIGHT_WHO
    rows = r.tables["indicators"]
    assert [i["level3"] for i in rows] == ["维护路灯数量", "路灯亮灯率", "夜间出行安全保障", "沿街商户及市民对城区路灯照明服务的满意度"]
    assert [(i["op"], i["value"], i["unit"]) for i in rows] == [(o, v, u) for *_, o, v, u in LIGHT]
    assert warning_codes(r) == []


def test_last_rows_cell_two_lines_past_the_bottom_rule(read):
    """The same cell of three lines, two under the rule, a note `注：本表金额单位为万元。` further down: the name whole,
    four indicators (main: the cell's first line alone, `…背街小巷`, the second lost but its first glyph, `、` and the
    third, `合满意度`, indicators of their own, each target_missing)."""
    r = read("ct_s66_pd12_below_row_b.pdf")
    rows = r.tables["indicators"]
    assert len(rows) == 4
    assert rows[3]["level3"] == "沿街商户及市民对城区主次干道、背街小巷、公园广场和城乡结合部路灯照明服务的综合满意度"
    assert (rows[3]["op"], rows[3]["value"], rows[3]["unit"]) == (">=", 90.0, "%")
    assert "target_missing" not in warning_codes(r)


def test_two_columns_of_notes_under_the_indicator_table(read):
    """Guard: `数据来源：… | 评价方式：…` and `填报口径：… | 备注：…` in two columns under the ruled table: the four
    indicators and no more."""
    r = read("ct_s66_pd12_notes_under.pdf")
    assert _who(only_project(r)) == LIGHT_WHO
    assert indicator_targets(r) == LIGHT
    assert "target_missing" not in warning_codes(r)


def test_landscape_page_of_five_columns(read):
    """Guard: an A4 landscape page (no /Rotate), `一级指标 | 二级指标 | 三级指标 | 指标值 | 计量单位`, the 指标值 set
    right (`≥8600`) and the unit beside it (`盏`): the targets whole."""
    r = read("ct_s66_pd12_landscape.pdf")
    p = only_project(r)
    assert _who(p) == LIGHT_WHO and p["goal_annual"] == GOAL
    assert indicator_targets(r) == LIGHT
    assert warning_codes(r) == []


def test_values_set_right_in_their_cells(read):
    """Guard: the four-column form, every 指标值 set right against its cell's right rule."""
    r = read("ct_s66_pd12_right_numbers.pdf")
    assert _who(only_project(r)) == WATER_WHO
    assert indicator_targets(r) == WATER
    assert [i["target_raw"] for i in r.tables["indicators"]][:2] == ["≥35公里", "≥1.8万人"]


def test_level_one_written_top_to_bottom(read):
    """Guard: the 一级指标 column 24 points wide, its head and its merged cells' words a glyph a line (`产/出/指/标`
    down the five 产出 rows): the level 1 of each row."""
    r = read("ct_s66_pd12_vertical.pdf")
    assert _who(only_project(r)) == WATER_WHO
    assert indicator_targets(r) == WATER
    assert warning_codes(r) == []


def test_three_line_indicator_table(read):
    """Guard: the fields ruled, the indicator table a 三线表 (a rule over its head, one under it, one under its last
    row, no column rule): the four indicators."""
    r = read("ct_s66_pd12_three_line.pdf")
    p = only_project(r)
    assert _who(p) == LIGHT_WHO and p["goal_annual"] == GOAL
    assert indicator_targets(r) == LIGHT


def test_glyphs_drawn_in_a_shuffled_order(read):
    """Guard: every glyph its own text object, the objects in a shuffled order: the title, fields and indicators read
    by place."""
    r = read("ct_s66_pd12_shuffled.pdf")
    p = only_project(r)
    assert _who(p) == WATER_WHO and p["title"] == "项目支出绩效目标表"
    assert indicator_targets(r) == WATER
    assert warning_codes(r) == []


def test_double_ruled_borders(read):
    """Guard: every rule drawn twice 1.5 points apart: no thin empty row or column read, the form whole."""
    r = read("ct_s66_pd12_double.pdf")
    p = only_project(r)
    assert _who(p) == LIGHT_WHO and p["goal_annual"] == GOAL
    assert indicator_targets(r) == LIGHT
    assert warning_codes(r) == []


FILL = [(P, N, f"第{k}片区新建供水管网长度", ">=", float(k + 1), "公里") for k in range(1, 25)]


def test_word_landscape_table_over_two_pages(read):
    """Guard: a Word document on an A4 landscape page printed by LibreOffice Writer, the indicator table running onto
    page 2 with no head there, its 一级指标 column narrow and its words written top to bottom (the merged 产出 cell
    over the break): one project, 32 indicators in order, the last on page 2."""
    r = read("ct_s66_pd12_lo_landscape.pdf")
    p = only_project(r)
    assert _who(p) == WATER_WHO and p["page"] == 1
    assert indicator_targets(r) == FILL + WATER
    pages = [i["page"] for i in r.tables["indicators"]]
    assert pages[0] == 1 and pages[-1] == 2 and pages == sorted(pages)
    assert warning_codes(r) == []
