"""Hunt AQ (session 31): text files as archives hold them (pdftotext -layout, web copies, Markdown, box drawing, OCR
text); inputs tests/fixtures/review/ct_s31_aq_* (README there), each read as the form says."""
from __future__ import annotations

from pathlib import Path

from jixiao.pipeline import process_file

REVIEW = Path(__file__).parent / "fixtures" / "review"


def _review(name):
    return process_file(REVIEW / name).tables


def _rows(t, *cols):
    return [tuple(i[c] for c in cols) for i in t["indicators"]]


def _codes(t):
    return [w["code"] for w in t["warnings"]]


def test_web_copy_nbsp_entities_are_empty_cells_of_single_space_rows():
    """A web page copied as text, cells set apart by single spaces, `&nbsp; &nbsp;` for the empty merged cells that start
    a row: three rows were glued into one indicator's level1 (`困难群众资助参保人数 约1.1万人 质量指标 …`), no warning;
    `财政拨款&nbsp;3,560.00` lost its amount."""
    t = _review("ct_s31_aq_web_nbsp_rows.txt")
    assert _rows(t, "level1", "level2", "level3", "target_raw") == [
        ("产出指标", "数量指标", "城乡居民医保参保人数", "≥28万人"),
        ("产出指标", "数量指标", "困难群众资助参保人数", "约1.1万人"),
        ("产出指标", "质量指标", "户籍人口基本医保参保率", "≥99%"),
        ("满意度指标", "服务对象满意度指标", "参保群众满意度", "≥90%")]
    p = t["projects"][0]
    assert (p["budget_fiscal"], p["budget_other"]) == (35_600_000, 0)


def test_nbsp_written_otherwise_reads_the_same(tmp_path):
    """`&#160;`, `&NBSP;` and the character itself (U+00A0) are the same space as `&nbsp;`."""
    text = (REVIEW / "ct_s31_aq_web_nbsp_rows.txt").read_text(encoding="utf-8")
    want = _rows(_review("ct_s31_aq_web_nbsp_rows.txt"), "level1", "level2", "level3", "target_raw")
    for k, sp in enumerate(("&#160;", "&NBSP;", "\u00a0", "&#xA0;")):
        f = tmp_path / f"v{k}.txt"
        f.write_text(text.replace("&nbsp;", sp), encoding="utf-8")
        assert _rows(process_file(f).tables, "level1", "level2", "level3", "target_raw") == want, sp


def test_web_copy_one_cell_per_line_nbsp_placeholder_lines_are_empty_cells():
    """One cell per line, an empty cell written `&nbsp;`: the placeholders were read as cells, so the rows after the first
    were lost (no warning) and the total row's weight sum 100 was taken as the score (96.2)."""
    t = _review("ct_s31_aq_web_cells_nbsp.txt")
    assert _rows(t, "level1", "level2", "level3", "target_raw", "actual_raw", "weight", "score") == [
        ("产出指标", "数量指标", "改造排水管网长度", "≥25公里", "26.3公里", 20, 20),
        ("产出指标", "数量指标", "新建雨水调蓄池", "2座", "2座", 10, 10),
        ("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥90%", "93%", 20, 20)]
    assert [i["deviation"] for i in t["indicators"]] == [None, None, None]
    assert t["projects"][0]["score"] == 96.2


def test_box_table_ruled_only_between_sections_gives_a_row_per_line():
    """A box-drawn table (psql / prettytable style) with rules only between its sections: each line between two rules
    is a row of its own, a line filling only a wrapped cell's rest (`│          │意度指标  │ …`) goes on the row above.
    The lines were merged into one row cell by cell (1 indicator, weight 151010)."""
    t = _review("ct_s31_aq_box_rows_without_rules.txt")
    assert _rows(t, "level1", "level2", "level3", "target_raw", "actual_raw", "weight", "score") == [
        ("产出指标", "数量指标", "新建集中供水工程", "≥6处", "6处", 15, 15),
        ("产出指标", "质量指标", "水质达标率", "≥90%", "87%", 10, 8),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "92%", 10, 10)]


def test_box_table_with_a_rule_under_each_row_still_joins_wrapped_cells(tmp_path):
    """The same table ruled under every row, a cell wrapped over two lines of its box: one row, the cell joined."""
    f = tmp_path / "box.txt"
    f.write_text("\n".join([
        "2021年度项目支出绩效自评表",
        "┌──────────┬──────────┬──────────────┬──────────┬──────────┬────┬────┐",
        "│一级指标  │二级指标  │三级指标      │年度指标值│实际完成值│分值│得分│",
        "├──────────┼──────────┼──────────────┼──────────┼──────────┼────┼────┤",
        "│产出指标  │数量指标  │新建集中供水工│≥6处      │6处       │ 15 │ 15 │",
        "│          │          │程            │          │          │    │    │",
        "├──────────┼──────────┼──────────────┼──────────┼──────────┼────┼────┤",
        "│满意度指标│服务对象满│受益群众满意度│≥90%      │92%       │ 10 │ 10 │",
        "│          │意度指标  │              │          │          │    │    │",
        "└──────────┴──────────┴──────────────┴──────────┴──────────┴────┴────┘", ""]), encoding="utf-8")
    t = process_file(f).tables
    assert _rows(t, "level2", "level3", "weight") == [("数量指标", "新建集中供水工程", 15),
                                                     ("服务对象满意度指标", "受益群众满意度", 10)]


def test_markdown_bold_labels_outside_the_tables():
    """`**填报单位**：厦门市思明区民政局　　**金额单位**：万元` above Markdown tables: the bold marks hid the labels, so the
    money was read as 元 (612.8 for 612.8 万元, no warning) and the unit was lost."""
    t = _review("ct_s31_aq_md_bold_unit_wan.md")
    p = t["projects"][0]
    assert (p["budget_year"], p["budget_fiscal"]) == (6_128_000, 6_128_000)
    assert p["unit"] == "厦门市思明区民政局"


def test_layout_page_break_repeating_only_the_title_keeps_the_table():
    """pdftotext -layout, a page's number, a form feed and the title printed again at the next page's top, no table head
    repeated: the rows after it are the same table's (they were unparsed_row, the indicators lost)."""
    t = _review("ct_s31_aq_layout_running_title.txt")
    assert _rows(t, "level1", "level2", "level3", "target_raw", "actual_raw", "weight", "score") == [
        ("产出指标", "数量指标", "农村卫生厕所改造户数", "≥6000户", "6120户", 20, 20),
        ("满意度指标", "服务对象满意度指标", "农户满意度", "≥85%", "90.2%", 10, 10)]
    assert "unparsed_row" not in _codes(t)
    assert t["projects"][0]["title"] == "重庆市渝北区2019年度项目支出绩效自评表"


def test_layout_page_break_before_the_next_form_still_starts_a_form():
    """The same title after a page break, then `单位名称：…` and `项目名称`: a second form, not the table going on."""
    t = process_file(REVIEW / "r3_f2_two_forms_pb.txt").tables
    assert [(p["name"], p["title"], p["line"]) for p in t["projects"]] == [
        ("农村饮水安全工程维修养护", "2022年度项目支出绩效目标表", 1), ("农村公路养护", "2022年度项目支出绩效目标表", 15)]


def test_layout_target_wrapped_in_its_column_goes_on_the_row():
    """pdftotext -layout, a target cell wrapped onto the next line alone in the value column (`较上年提高` / `5个百分点`):
    one target (it was cut to `较上年提高`, and `5个百分点` was an indicator of its own with value 5)."""
    t = _review("ct_s31_aq_layout_wrapped_target.txt")
    assert _rows(t, "level2", "level3", "target_raw") == [
        ("数量指标", "新建高标准农田面积", "≥1.2万亩"), ("生态效益指标", "节水灌溉面积占比", "较上年提高5个百分点"),
        ("服务对象满意度指标", "受益农户满意度", "≥90%")]
    assert "unparsed_row" not in _codes(t)


def test_layout_level_and_name_cells_wrapped_in_narrow_columns():
    """pdftotext -layout, narrow columns: `社会效益` / `指标` beside `农村公路交通事故` / `发生率`, and `满意度` / `指标` beside
    `服务对象满` / `意度指标`: the pieces go on their cells (they were indicators of their own, the names cut)."""
    t = _review("ct_s31_aq_layout_wrapped_names.txt")
    assert _rows(t, "level1", "level2", "level3", "target_raw", "actual_raw", "weight", "score") == [
        ("效益指标", "社会效益指标", "农村公路交通事故发生率", "较上年下降", "下降12%", 15, 15),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "88%", 15, 13)]


def test_signature_line_under_the_table_is_no_indicator():
    """`审核人：李建华   填表人：何丽娟   填报日期：2021年3月15日` under a layout table, and an OCR'd seal (`天水市秦州` /
    `区财政局`) over `审核人: 王丽 填表人:赵刚 2020年3月2日`: the form's sign-off, no indicator row (they were read as one,
    with no warning)."""
    t = _review("ct_s31_aq_layout_signature_row.txt")
    assert _rows(t, "level3", "target_raw") == [("新建高标准农田面积", "≥1.2万亩"), ("受益农户满意度", "≥90%")]
    t = _review("ct_s31_aq_ocr_seal_signature.txt")
    assert _rows(t, "level3", "target_raw") == [("新建公办幼儿园", "2所"), ("幼儿家长满意度", "≥90%")]
    assert "target_missing" not in _codes(t)


def test_single_space_money_row_with_thousands_separators():
    """`项目资金（万元） 年度资金总额：3,560.00` and `其中：财政拨款 3,560.00 其他资金 0`, cells set apart by single spaces:
    the comma of `3,560.00` was taken for a sentence's, so the lines were left whole and the money lost."""
    p = _review("ct_s31_aq_web_budget_label_colon_value.txt")["projects"][0]
    assert (p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (35_600_000, 35_600_000, 0)


_GOAL = "为辖区常住居民提供12类基本公共卫生服务，65岁以上老年人健康管理率达到62%以上，高血压、2型糖尿病患者规范管理率不低于60%。"


def test_one_cell_per_line_goal_wrapped_over_two_lines():
    """pdftotext without -layout (one cell per line): `年度总体目标`, then its text over two lines (the first not closing
    its sentence): one goal (only the first line was kept)."""
    p = _review("ct_s31_aq_cells_goal_wrapped.txt")["projects"][0]
    assert (p["goal_annual"], p["goal_total"]) == (_GOAL, None)


def test_one_cell_per_line_goal_label_split_over_three_lines():
    """The label itself split too, `年度` / `总体` / `目标` (年度 alone a label, 总体目标 another): one label 年度总体目标
    (goal_annual was null and the text's second half went to goal_total)."""
    t = _review("ct_s31_aq_cells_goal_label_split.txt")
    p = t["projects"][0]
    assert (p["goal_annual"], p["goal_total"]) == (_GOAL, None)
    assert (p["name"], p["department_code"]) == ("基本公共卫生服务项目", "218")
    assert [i["level3"] for i in t["indicators"]] == ["老年人健康管理人数", "适龄儿童国家免疫规划疫苗接种率"]


def test_ocr_block_label_with_its_goal_after_one_space():
    """OCR text, `年度绩效目标 新建公办幼儿园2所，…。` (one space after the label, a sentence after it): the label and its
    goal (the line was left whole and the goal lost; `年度总体目标 …` was read)."""
    p = _review("ct_s31_aq_ocr_goal_block_label.txt")["projects"][0]
    assert p["goal_annual"] == "新建公办幼儿园2所，学前三年毛入园率达到92%以上，普惠性幼儿园覆盖率达到8O%。"
    assert (p["department"], p["unit"]) == ("天水市秦州区教育局", "秦州区各公办幼儿园")


def test_layout_goal_heads_over_wrapped_texts_under_a_money_table():
    """pdftotext -layout self-eval: `年度总体 | 预期目标 | 实际完成情况` (目标 on the next line) under the money table, the
    two texts wrapped, their second lines starting where the money rows' labels start: the heads' columns hold the
    texts (the second lines were an unparsed row and lost)."""
    t = _review("ct_s31_aq_layout_goal_heads_wrapped.txt")
    p = t["projects"][0]
    assert p["goal_annual"] == "完成农村公路安全生命防护工程120公里，消除安全隐患点85处。"
    assert p["goal_actual"] == "完成农村公路安全生命防护工程118.6公里，消除安全隐患点85处。"
    assert (p["budget_initial"], p["budget_year"], p["spent"]) == (4_500_000, 5_200_000, 4_966_000)
    assert "unparsed_row" not in _codes(t)
    assert _rows(t, "level3", "target_raw", "actual_raw", "weight", "score") == [
        ("防护工程实施里程", "≥120公里", "118.6公里", 15, 14)]


def test_layout_name_piece_over_the_next_rows_values_stays_off_the_row_above(tmp_path):
    """A name's first line printed over its row's values (centred by height), `农村卫生厕所` between `厕所改造工程 | … | 20`
    and `改造验收合格率 | ≥95% …`: not glued onto the name above (a rest under a row with its values joins it only when
    it ends a name, `整体水平`)."""
    f = tmp_path / "centred.txt"
    f.write_text("\n".join([
        "                    重庆市渝北区2019年度项目支出绩效自评表",
        "  项目名称              渝北区农村人居环境整治专项资金",
        "  一级指标      二级指标          三级指标              年度指标值         实际完成值       分值    得分",
        "  产出指标      数量指标          厕所改造工程          ≥6000户        6120户       20    20",
        "                                  农村卫生厕所",
        "  效益指标      社会效益指标      改造验收合格率        ≥95%           96.5%        20    20", ""]),
        encoding="utf-8")
    t = process_file(f).tables
    assert t["indicators"][0]["level3"] == "厕所改造工程"
