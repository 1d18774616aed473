"""Hunt ls3 (text dumps that are not plain tab grids: tab dumps across page breaks, space-aligned dumps,
`| `-celled, box-drawn, Markdown, one-cell-per-line dumps): tests/fixtures/review/ct_s48_ls3_*, each read as the
form says."""
from __future__ import annotations

import pytest

from tests.hunt_tools import indicator_targets, only_project, warning_codes


@pytest.mark.parametrize("name", ["ct_s48_ls3_tab_name_cut_head_again.txt", "ct_s48_ls3_tab_name_cut_page.txt"])
def test_tab_dump_name_cut_over_a_page_break(read, name):
    # a tab dump of a 绩效目标表 of two pages: the last row of page 1 holds its name's first line (`污泥无害化`) and its
    # target, the name's rest (`处置率`) is alone in the name column on page 2's first row, after the page's number
    # (`- 1 -`), the form feed, the title printed again and (in _head_again) the table's head printed again.
    # main: under the head printed again `处置率` was lost silently (taken for the head's cut tail, `三级指标处置率`)
    # and `污泥无害化` kept cut; with the title only, `处置率` an indicator of its own of no target (target_missing)
    r = read(name)
    assert indicator_targets(r) == [
        ("产出指标", "数量指标", "新建改造污水管网长度", "=", 15.0, "公里"),
        ("产出指标", "数量指标", "雨污分流改造小区数", ">=", 20.0, "个"),
        ("产出指标", "质量指标", "出水水质达标率", "=", 100.0, "%"),
        ("产出指标", "质量指标", "污泥无害化处置率", ">=", 95.0, "%"),
        ("效益指标", "生态效益指标", "城镇污水集中收集率", ">=", 75.0, "%"),
        ("满意度指标", "服务对象满意度指标", "周边居民满意度", ">=", 90.0, "%")]
    p = only_project(r)
    assert (p["name"], p["budget_year"], p["contact"]) == ("城镇污水处理提质增效", 5200000.0, "孙涛")
    assert not {"target_missing", "unparsed_row"} & set(warning_codes(r))


def test_fraction_values_counting_up_are_no_page_numbers(read):
    # a space-aligned dump (no form feed, no page numbers) whose two rows' targets are bare fractions counting up,
    # `1/3` then `2/3`, each alone on its line between the two lines of its row's name (`第一批管网改造完成` / `1/3` /
    # `工程比例`). main: both dropped as pages' numbers (fractions counting up), 9 indicators, the four name lines
    # four indicators of no target (target_missing)
    r = read("ct_s48_ls3_fraction_values_count_up.txt")
    assert [(i["level2"], i["level3"], i["target_raw"]) for i in r.tables["indicators"]] == [
        ("数量指标", "巩固提升供水工程", "12处"), ("数量指标", "第一批管网改造完成工程比例", "1/3"),
        ("数量指标", "第二批管网改造累计完成工程比例", "2/3"), ("质量指标", "水质检测合格率", "≥95%"),
        ("时效指标", "工程完工时间", "2025年11月底前"), ("社会效益指标", "农村自来水普及率", "≥92%"),
        ("服务对象满意度指标", "受益群众满意度", "≥90%")]
    assert only_project(r)["name"] == "农村饮水安全巩固提升工程"
    assert "target_missing" not in warning_codes(r)


def test_lone_value_between_a_name_beside_its_levels_and_its_rest(read):
    # a space-aligned dump whose rows' names took two lines, the values centred by height between them, the first
    # line holding the row's level 2 (and level 1) beside the name's start: `质量指标  补贴面积核实` / `100%` /
    # `准确率`. main: 10 indicators: `100%` went to `补贴面积核实`, `准确率` one of no target; the date
    # `2025年6月底前` read as a name (its rest `完成时间` a field's label, a line of its own), `意识` one of no target
    r = read("ct_s48_ls3_lone_value_beside_levels.txt")
    assert [(i["level1"], i["level2"], i["level3"], i["target_raw"]) for i in r.tables["indicators"]] == [
        ("产出指标", "数量指标", "补贴发放面积", "≥52万亩"), ("产出指标", "数量指标", "补贴农户数量", "≥6.8万户"),
        ("产出指标", "质量指标", "补贴面积核实准确率", "100%"),
        ("产出指标", "时效指标", "补贴资金发放完成时间", "2025年6月底前"),
        ("效益指标", "社会效益指标", "耕地地力保护意识", "逐步提升"),
        ("满意度指标", "服务对象满意度指标", "补贴农户满意度", "≥90%")]
    assert only_project(r)["budget_year"] == 18500000.0
    assert "target_missing" not in warning_codes(r)


@pytest.mark.parametrize("name", ["ct_s48_ls3_note_page_top.txt", "ct_s48_ls3_note_page_top_tab.txt"])
def test_note_at_a_page_top_does_not_end_the_table(read, name):
    # a 绩效目标表 over two pages (space-aligned and tab dumps): page 2 opens, after the page's number and the form
    # feed, with a note (`注：①以医保部门年度统计数据为准。`) and the table's rows go on under it, no head printed
    # again. main: the note ended the table, page 2's three rows unparsed_row (3 indicators, no_satisfaction_indicator)
    r = read(name)
    assert [(i["level1"], i["level2"], i["level3"], i["target_raw"]) for i in r.tables["indicators"]] == [
        ("产出指标", "数量指标", "城乡居民参保人数", "≥38万人"), ("产出指标", "质量指标", "政策范围内住院费用报销比例", "≥70%"),
        ("产出指标", "时效指标", "财政补助资金到位时间", "2025年12月底前"),
        ("效益指标", "社会效益指标", "城乡居民基本医保参保率", "≥95%①"),
        ("效益指标", "经济效益指标", "住院费用个人负担比例", "较上年下降"),
        ("满意度指标", "服务对象满意度指标", "参保群众满意度", "≥90%")]
    # (the note read as the table's footnote, as under its last row: the marked target's note)
    assert [i["note"] for i in r.tables["indicators"]][3] == "以医保部门年度统计数据为准"
    assert only_project(r)["contact"] == "吴刚"
    assert not {"unparsed_row", "no_satisfaction_indicator"} & set(warning_codes(r))


def test_pandoc_grid_table_head_rule_of_equals(read):
    # pandoc's grid tables (`+----+` rules, the head row closed by a `+====+` rule, cells wrapped over lines): the
    # form's fields in one table, its indicators in a second with a head. main: 6 indicators, the `+===…+` rule under
    # the head read as an indicator's name (target_missing), the head's rule no rule
    r = read("ct_s48_ls3_pandoc_grid_tables.txt")
    assert indicator_targets(r) == [
        ("产出指标", "数量指标", "改造老旧小区数量", "=", 32.0, "个"),
        ("产出指标", "数量指标", "改造供水管网长度", ">=", 18.0, "公里"),
        ("产出指标", "质量指标", "工程竣工验收合格率", "=", 100.0, "%"),
        ("效益指标", "社会效益指标", "受益居民户数", ">=", 1.2, "万户"),
        ("满意度指标", "服务对象满意度指标", "小区居民满意度", ">=", 90.0, "%")]
    assert "target_missing" not in warning_codes(r)


def test_box_table_cell_merged_down_past_a_partial_rule(read):
    # a box-drawn table as w3m -dump draws an HTML table's merged cells: `│项目资金  │年度资金总额  │680 │` over
    # `│（万元）  ├──────────────┼─────┤`, the rule parting the rows only right of the label merged down, the label's
    # second line on the rule's line. main: that line's text lost (two bars only at its ends), the money read in yuan
    # (680.0); the indicators read right either way
    r = read("ct_s48_ls3_box_merged_down.txt")
    p = only_project(r)
    assert (p["budget_year"], p["budget_fiscal"], p["unit"]) == (6800000.0, 6800000.0, "某县教育技术装备中心")
    assert [(i["level1"], i["level2"], i["level3"], i["target_raw"]) for i in r.tables["indicators"]] == [
        ("产出指标", "数量指标", "建设视频监控系统学校数", "46所"), ("产出指标", "数量指标", "安装一键报警装置", "≥120套"),
        ("产出指标", "质量指标", "系统联网接入率", "100%"), ("产出指标", "时效指标", "项目完工时间", "2025年9月开学前"),
        ("效益指标", "社会效益指标", "校园安全事件发生率", "较上年下降"),
        ("满意度指标", "服务对象满意度指标", "师生家长满意度", "≥90%")]


def test_cells_of_three_lines_their_row_centred_between(read):
    # pdftotext -layout of rows whose cells took three lines, the row's other cells centred by height on the middle
    # one: a name `农村生活垃圾收运` / `处置体系行政村覆` (with 质量指标, 100%, its note) / `盖率`; a name of two lines and a
    # note of three, `农村生活污水治理` beside `以省生态环境` over the row (效益指标 … ≥90% … `厅年度考核结`) over `果为准`.
    # main: 6 indicators, each first line an indicator of no target (target_missing), the names and the note cut
    r = read("ct_s48_ls3_cells_three_lines_centred.txt")
    assert [(i["level1"], i["level2"], i["level3"], i["target_raw"], i["note"]) for i in r.tables["indicators"]] == [
        ("产出指标", "数量指标", "完成整治行政村数量", "80个", None),
        ("产出指标", "质量指标", "农村生活垃圾收运处置体系行政村覆盖率", "100%", "按县级核查"),
        ("效益指标", "生态效益指标", "农村生活污水治理设施正常运行率", "≥90%", "以省生态环境厅年度考核结果为准"),
        ("满意度指标", "满意度指标", "村民满意度", "≥90%", None)]
    assert only_project(r)["budget_year"] == 9600000.0
    assert "target_missing" not in warning_codes(r)
