"""Hunt ls4 (plain-text tables: GFM pipe tables without outer bars, a name's rest alone under its row in a tab dump,
columns set with tabs to tab stops, `pdftotext -layout` heads and level names cut over lines):
tests/fixtures/review/ct_s49_ls4_*, each read as the form says."""
from __future__ import annotations

from tests.hunt_tools import only_project, warning_codes


def test_gfm_table_without_outer_bars(read):
    # a Markdown dump whose two GFM tables have no outer bars (`一级指标 | 二级指标 | 三级指标 | 指标值` over
    # `--- | --- | --- | ---`), a row's empty first cells written ` | | 路面修复里程 | 12公里`. main: read as a web page's
    # text of single spaces: the project's name `| 农村公路养护工程 |`, the unit `| 某县公路事业发展中心 | 项目资金（万元）
    # | 860`, 4 indicators named `|` (their names lost, unplaced_cell), one of target `|`
    r = read("ct_s49_ls4_gfm_no_outer_bars.txt")
    assert [(i["level1"], i["level2"], i["level3"], i["target_raw"]) for i in r.tables["indicators"]] == [
        ("产出指标", "数量指标", "日常养护里程", "≥420公里"), ("产出指标", "数量指标", "路面修复里程", "12公里"),
        ("产出指标", "质量指标", "养护路段优良率", "≥85%"), ("产出指标", "时效指标", "修复工程完工时间", "2025年10月底前"),
        ("效益指标", "社会效益指标", "群众出行条件", "明显改善"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%")]
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["budget_total"], p["contact"]) == (
        "农村公路养护工程", "某县交通运输局", "某县公路事业发展中心", 8600000.0, "周强")
    assert not {"unplaced_cell", "duplicate_indicator", "unparsed_row"} & set(warning_codes(r))


def test_tab_dump_name_rest_under_its_row_no_page_break(read):
    # a tab dump whose two rows' names went on, alone in the name column, on the line right under their row (no page
    # break between): `更新老旧环卫管网 | ≥8公里` / `长度`, `城区生活垃圾资源化 | ≥40%` / `利用率`. main: 8 indicators,
    # `长度` and `利用率` each one of no target (target_missing), the two names above cut
    r = read("ct_s49_ls4_tab_name_rest_under_row.txt")
    assert [(i["level2"], i["level3"], i["target_raw"]) for i in r.tables["indicators"]] == [
        ("数量指标", "改造垃圾转运站数量", "6座"), ("数量指标", "更新老旧环卫管网长度", "≥8公里"),
        ("质量指标", "城区生活垃圾资源化利用率", "≥40%"), ("时效指标", "转运站改造完成时间", "2025年10月底前"),
        ("生态效益指标", "生活垃圾无害化处理率", "100%"), ("服务对象满意度指标", "市民满意度", "≥90%")]
    assert "target_missing" not in warning_codes(r)


def test_columns_set_with_tabs_to_tab_stops(read):
    # a dump typed in Notepad, its columns set with as many tabs as each text needs to reach its tab stop (8 columns a
    # stop, a Chinese character two: `一级指标\t二级指标\t\t三级指标\t\t\t指标值`), one row padded with spaces. main: read
    # as one tab a cell: `26公里` in a 6th column (a note `第6列：26公里`, its indicator of no target), the spaced row one
    # name `质量指标 管网水质检测合格率 ≥95%` of no target under 数量指标
    r = read("ct_s49_ls4_tab_stops_padding.txt")
    assert [(i["level1"], i["level2"], i["level3"], i["target_raw"], i["note"]) for i in r.tables["indicators"]] == [
        ("产出指标", "数量指标", "改造供水主管网长度", "26公里", None),
        ("产出指标", "数量指标", "新增入户水表数量", "≥5000只", None),
        ("产出指标", "质量指标", "管网水质检测合格率", "≥95%", None),
        ("产出指标", "时效指标", "管网改造完工时间", "2025年12月底前", None),
        ("效益指标", "社会效益指标", "农村集中供水率", "≥95%", None),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", None)]
    p = only_project(r)
    assert (p["name"], p["unit"], p["budget_year"], p["contact"]) == ("城乡供水一体化管网改造", "某县供水服务中心",
                                                                    13800000.0, "钱勇")
    assert "target_missing" not in warning_codes(r)


def test_layout_head_cut_over_two_lines_and_levels_over_three(read):
    # `pdftotext -layout` of a ruled form of narrow level columns over two pages: the head's cells each cut over two
    # lines (`一级     二级   …   指标` / `指标     指标     三级指标     值`), level names cut over two and three lines
    # (`产出` / `指标`, `满意` / `度指` / `标`, `服务对象` / `满意度指` / `标`), page 2's columns two characters left of
    # page 1's. main: the head two rows of no table (unparsed_row, table_header_implied), the last row's level 1
    # `满意` and an indicator `标` of level 1 `度指`, no target (target_missing)
    r = read("ct_s49_ls4_layout_head_cut_drift.txt")
    assert [(i["level1"], i["level2"], i["level3"], i["target_raw"]) for i in r.tables["indicators"]] == [
        ("产出指标", "数量指标", "维修改造学校数量", "12所"), ("产出指标", "数量指标", "维修改造校舍面积", "≥1.8万平方米"),
        ("产出指标", "质量指标", "工程验收合格率", "100%"), ("产出指标", "时效指标", "工程完工时间", "2025年8月底前"),
        ("产出指标", "成本指标", "生均改造成本", "≤400元"), ("效益指标", "社会效益指标", "消除校舍安全隐患", "明显减少"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%")]
    assert only_project(r)["budget_fiscal"] == 7800000.0
    assert not {"unparsed_row", "table_header_implied", "target_missing"} & set(warning_codes(r))


def test_one_cell_per_line_goal_of_numbered_paragraphs(read):
    # a form copied from Word as text, each cell on a line of its own and a blank line between rows: the 年度目标 cell
    # holds three numbered paragraphs, each on a line of its own (`1.…；` / `2.…；` / `3.…。`). main: the goal only
    # its first paragraph, `1.为18个乡镇卫生院配置数字化诊疗设备；`, the other two lost silently
    r = read("ct_s49_ls4_word_cells_numbered_goal.txt")
    p = only_project(r)
    assert p["goal_annual"].replace("\n", "") == ("1.为18个乡镇卫生院配置数字化诊疗设备；2.开展设备操作培训，覆盖基层医务人员200人次；"
                                                  "3.提升基层诊疗能力，基层就诊人次增长10%以上。")
    assert (p["name"], p["unit"], p["budget_year"]) == ("基层医疗卫生机构能力提升", "某县基层卫生服务中心", 9600000.0)
    assert [(i["level3"], i["target_raw"]) for i in r.tables["indicators"]][:2] == [
        ("配置设备卫生院数量", "18个"), ("配置数字化诊疗设备（含远程会诊终端）", "≥54台（套）")]


def test_rst_simple_tables_rules_are_no_rows(read):
    # reStructuredText's simple tables (`==========  ==================  …` rules over, under and between the head and
    # its rows, `\` for an empty cell): the fields in one, the indicators in a second. main: each rule a row, two of
    # them indicators named `======================` (level 1 and 2 `==========`, target `==========`), unparsed_row
    r = read("ct_s49_ls4_rst_simple_tables.txt")
    assert [(i["level1"], i["level2"], i["level3"], i["target_raw"]) for i in r.tables["indicators"]] == [
        ("产出指标", "数量指标", "服务老年人数", "≥1500人"), ("产出指标", "数量指标", "新建社区助餐点", "6个"),
        ("产出指标", "质量指标", "服务对象回访满意率", "≥95%"),
        ("效益指标", "社会效益指标", "老年人居家养老服务水平", "持续提升"),
        ("满意度指标", "服务对象满意度指标", "老年人满意度", "≥90%")]
    p = only_project(r)
    assert (p["name"], p["unit"], p["budget_total"]) == ("社区居家养老服务补助", "某区养老服务中心", 3600000.0)
    assert not {"unparsed_row", "duplicate_indicator"} & set(warning_codes(r))
