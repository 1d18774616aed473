"""Hunt pd10 (session 64): digital PDFs of page shapes the fixtures had not (tests/fixtures/review/ct_s64_pd10_*,
made with reportlab by tests/fixtures/review/make_s64_pd10.py), each beside the same form as a tab-separated text
dump. Each reading was written down by hand before the run.
"""
from __future__ import annotations

import pytest

from tests.hunt_tools import budget_lines, indicator_targets, only_project, warning_codes

P, E, S = "产出指标", "效益指标", "满意度指标"
N, Q, T, C = "数量指标", "质量指标", "时效指标", "成本指标"
SAT = "服务对象满意度指标"
W = 10000.0
STEMS = ["rot90", "cover", "two_pages", "split_row", "wrap", "split_head", "rot270_nr", "breaks_nr"]


def _reading(r):
    fields = ("name", "department", "unit", "year", "goal_annual", "budget_total", "budget_year", "budget_fiscal",
              "budget_other")
    return ([{k: p.get(k) for k in fields} for p in r.tables["projects"]], indicator_targets(r),
            [i["target_raw"] for i in r.tables["indicators"]], budget_lines(r), warning_codes(r))


def _who(p):
    return (p["name"], p["department"], p["unit"], p["budget_year"], p["budget_fiscal"], p["budget_other"])


def _pages(r):
    return [(i["level3"], i["page"], i["line"]) for i in r.tables["indicators"]]


@pytest.mark.parametrize("stem", STEMS)
def test_pdf_reads_as_its_text_dump(read, stem):
    """The PDF and its tab-separated dump give the same projects, indicators, money and warnings."""
    assert _reading(read(f"ct_s64_pd10_{stem}.pdf")) == _reading(read(f"ct_s64_pd10_{stem}.txt"))


LIGHT = [(P, N, "维护路灯数量", ">=", 8600.0, "盏"), (P, Q, "路灯亮灯率", ">=", 98.0, "%"),
         (E, "社会效益指标", "夜间出行安全保障", None, None, None), (S, SAT, "市民满意度", ">=", 90.0, "%")]
GREEN = [(P, N, "养护绿地面积", ">=", 126.0, "万平方米"), (P, Q, "苗木成活率", ">=", 95.0, "%"),
         (P, T, "养护完成时间", None, None, None), (S, SAT, "市民满意度", ">=", 90.0, "%")]
WATER = [(P, N, "新建改造农村供水管网长度", ">=", 35.0, "公里"), (P, N, "受益农村人口", ">=", 1.8, "万人"),
         (P, Q, "水质检测达标率", ">=", 95.0, "%"), (P, T, "工程完工时间", None, None, None),
         (P, C, "每公里管网建设成本", "<=", 300000.0, "元"), (E, "社会效益指标", "农村集中供水率", ">=", 90.0, "%"),
         (E, "可持续影响指标", "工程设计使用年限", ">=", 20.0, "年"), (S, SAT, "受益群众满意度", ">=", 90.0, "%")]


def test_rotated_page(read):
    """A portrait page of /Rotate 90 whose form is drawn turned a quarter (a landscape print): read upright."""
    r = read("ct_s64_pd10_rot90.pdf")
    assert _who(only_project(r)) == ("城市道路照明设施维护", "某县城市管理局", "某县路灯管理所", 260 * W, 260 * W, 0.0)
    assert indicator_targets(r) == LIGHT
    assert {i["page"] for i in r.tables["indicators"]} == {1}


def test_cover_and_notes_pages_before_the_form(read):
    """A cover (申报材料, `项目名称：…`, 申报单位) and a 填报说明 page whose notes name the labels (`一、项目名称：按…填写`,
    `五、指标值：…如≥95%`) before the form on page 3: one project, the form's; its rows on page 3."""
    r = read("ct_s64_pd10_cover.pdf")
    assert _who(only_project(r)) == ("农村饮水安全巩固提升工程", "某县水利局", "某县农村供水管理站", 1250 * W, 1100 * W, 150 * W)
    assert indicator_targets(r) == WATER
    assert {i["page"] for i in r.tables["indicators"]} == {3}


def test_two_forms_one_a_page(read):
    """Two forms, one a page: two projects, each with its own indicators, on its own page."""
    r = read("ct_s64_pd10_two_pages.pdf")
    ps = r.tables["projects"]
    assert [_who(p) for p in ps] == [("城市道路照明设施维护", "某县城市管理局", "某县路灯管理所", 260 * W, 260 * W, 0.0),
                                     ("城区绿化养护项目", "某县城市管理局", "某县园林绿化中心", 410 * W, 380 * W, 30 * W)]
    assert indicator_targets(r) == LIGHT + GREEN
    ids = [p["project_id"] for p in ps]
    assert [(i["project_id"], i["page"]) for i in r.tables["indicators"]] == [(ids[0], 1)] * 4 + [(ids[1], 2)] * 4
    assert [p["page"] for p in ps] == [1, 2]


def test_row_cut_by_the_page_break(read):
    """The indicator table over the break, no head on page 2, the row at the break cut by the page (三级指标
    `新建改造农村供水管网` on page 1 with its value, `长度` on page 2): one row, its name whole, on page 1; the next
    rows on page 2."""
    r = read("ct_s64_pd10_split_row.pdf")
    fill = [(P, N, f"第{k}片区新建供水管网长度", ">=", float(k + 1), "公里") for k in range(1, 27)]
    assert indicator_targets(r) == fill + WATER
    pages = _pages(r)
    assert pages[25:28] == [("第26片区新建供水管网长度", 1, None), ("新建改造农村供水管网长度", 1, None),
                            ("受益农村人口", 2, None)]
    assert {p for _, p, _ in pages[27:]} == {2}


def test_cells_wrapped_over_lines(read):
    """Cells of two and three lines: the lines joined in order, no space between Chinese characters."""
    r = read("ct_s64_pd10_wrap.pdf")
    assert _who(only_project(r))[:3] == ("中小学校舍维修改造及安全隐患整治项目", "某市教育局", "某市教育后勤服务中心")
    assert [i["level3"] for i in r.tables["indicators"]] == [
        "完成维修改造的中小学校舍数量", "维修改造工程竣工验收一次性合格率", "项目完成时间",
        "校舍安全隐患整改到位率（按排查台账逐项销号）", "师生及家长满意度"]
    assert [i["target_raw"] for i in r.tables["indicators"]] == ["≥32所", "100%", "2025年8月31日前（利用暑假施工）", "100%",
                                                                 "≥90%"]


def test_row_cut_by_the_break_under_the_head_again(read):
    """The same over the break with the head repeated on page 2, the cut row's value cut too (`2025年11月30日` on page
    1, the head, then `时间` / `前完工` on page 2): one row `工程完工时间 | 2025年11月30日前完工` on page 1, then 水质检测达标率
    on page 2 under its own 质量指标."""
    r = read("ct_s64_pd10_split_head.pdf")
    fill = [(P, N, f"第{k}片区新建供水管网长度", ">=", float(k + 1), "公里") for k in range(1, 26)]
    assert indicator_targets(r) == fill + [WATER[1], WATER[3], WATER[2]] + WATER[4:]
    rows = r.tables["indicators"]
    assert [(i["level3"], i["target_raw"], i["page"]) for i in rows[25:28]] == [
        ("受益农村人口", "≥1.8万人", 1), ("工程完工时间", "2025年11月30日前完工", 1), ("水质检测达标率", "≥95%", 2)]
    assert {i["page"] for i in rows[27:]} == {2}


def test_rotated_page_no_rules_wrapped_cells(read):
    """A portrait page of /Rotate 270, the form drawn turned a quarter the other way, no rules at all, the texts in
    columns and cells wrapped over two and three lines: read upright, the wrapped lines joined."""
    r = read("ct_s64_pd10_rot270_nr.pdf")
    assert _who(only_project(r))[:3] == ("中小学校舍维修改造及安全隐患整治项目", "某市教育局", "某市教育后勤服务中心")
    assert [(i["level2"], i["level3"], i["target_raw"]) for i in r.tables["indicators"]] == [
        (N, "完成维修改造的中小学校舍数量", "≥32所"), (Q, "维修改造工程竣工验收一次性合格率", "100%"),
        (T, "项目完成时间", "2025年8月31日前（利用暑假施工）"),
        ("社会效益指标", "校舍安全隐患整改到位率（按排查台账逐项销号）", "100%"), (SAT, "师生及家长满意度", "≥90%")]


def test_no_rules_cell_of_three_lines_broken_by_hand(read):
    """No rules, a cell's three lines broken by hand short of the column's edge (`校舍安全隐患整改到位率` / `（按排查台账` /
    `逐项销号）`), the row's other cells beside its middle line: one indicator, its name whole (main: the first line an
    indicator of its own with no target, level 2 `时效指标` from the row above; the row's name `（按排查台账`)."""
    r = read("ct_s64_pd10_breaks_nr.pdf")
    assert [(i["level1"], i["level2"], i["level3"], i["target_raw"]) for i in r.tables["indicators"]] == [
        (P, N, "完成维修改造的中小学校舍数量", "≥32所"), (P, Q, "维修改造工程竣工验收一次性合格率", "100%"),
        (P, T, "项目完成时间", "2025年8月31日前（利用暑假施工）"),
        (E, "社会效益指标", "校舍安全隐患整改到位率（按排查台账逐项销号）", "100%"), (S, SAT, "师生及家长满意度", "≥90%")]
    assert "target_missing" not in warning_codes(r)


def test_rule_less_note_of_three_lines_centred_on_its_row(read):
    """Hunt rv69's rule-less 自评表 (a 备注 of three lines centred by height on its row, `受益人口统` / `计口径调整` /
    `后核实无误`): the note whole in its own row (main: `受益人口统` went to the row above's note, `受雨季影响工期顺延受益人口
    统`, this row's `计口径调整后核实无误`)."""
    notes = [i["note"] for i in read("ct_s59_rv69_centred_notes_nr.pdf").tables["indicators"]]
    assert notes[3:5] == ["受雨季影响工期顺延", "受益人口统计口径调整后核实无误"]
