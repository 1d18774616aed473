"""Hunt CU (text exports that common tools write of a form's sheet or document: Excel's "Unicode 文本" and "文本文件
(制表符分隔)", Excel / WPS CSV, LibreOffice's Text CSV, xlsx2csv, pandoc's plain text, docx2txt, LibreOffice's text,
antiword's tables of a .doc): tests/fixtures/review/ct_s35_cu_*."""
from __future__ import annotations

from pathlib import Path

import pytest

from extract.txt import _from_pipes, _quoted_records, _wrap_of
from jixiao.pipeline import process_file

REVIEW = Path(__file__).parent / "fixtures" / "review"


def _review(name):
    return process_file(REVIEW / name)


def _rows(r):
    return [(i["level1"], i["level2"], i["level3"], i["target_raw"]) for i in r.tables["indicators"]]


@pytest.mark.parametrize("name", ["ct_s35_cu_excel_unicode_blank_line_cell.txt",
                                  "ct_s35_cu_excel_ansi_tab_blank_line_cell.txt"])
def test_excel_text_a_quoted_cell_with_a_blank_line_is_one_cell(name):
    """Excel's tab-separated text (UTF-16 "Unicode 文本", GBK "文本文件(制表符分隔)") quotes a cell holding a line break:
    the goal `"完成12个…3,200户。⏎⏎改造后…"` held a blank line (two paragraphs), read as a page break: the goal was its
    first paragraph with the opening quote, the second an unparsed row; a 备注 `"第三方⏎调查"` made a phantom indicator
    `调查"`. The text is read record by record, a quoted cell one cell whatever its line breaks."""
    r = _review(name)
    assert r.document["status"] == "ok"
    p = r.tables["projects"][0]
    assert p["name"] == "老旧小区改造工程（二期）" and p["year"] == 2024
    assert p["goal_annual"] == "完成12个老旧小区改造，惠及居民3,200户。 改造后小区环境明显改善，居民满意度达到90%以上。"
    assert (p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (12500000.0, 10000000.0, 2500000.0)
    assert _rows(r) == [
        ("产出指标", "数量指标", "改造小区数量", "=12个"),
        ("产出指标", "数量指标", "惠及居民户数", "≥3,200户"),
        ("产出指标", "质量指标", "工程验收合格率", "100%"),
        ("产出指标", "时效指标", "项目完工时间", "2024年11月30日前"),
        ("效益指标", "社会效益指标", "居民居住条件", "明显改善"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%")]
    assert not [w for w in r.tables["warnings"] if w["code"] in ("unparsed_row", "target_missing")]


def test_excel_text_quoted_cells_without_a_line_break_are_unquoted():
    """Excel quotes a cell holding a quote or a comma even on one line (`"政务服务""一网通办""平台运维"`,
    `"1,500.00"`, `"≥1,000,000件"`): with no cell spanning lines the quotes stayed, the name read
    `"政务服务""一网通办""平台运维"`, the budget was lost and the first target was text."""
    r = _review("ct_s35_cu_excel_unicode_quotes_one_line.txt")
    p = r.tables["projects"][0]
    assert p["name"] == '政务服务"一网通办"平台运维'
    assert p["goal_annual"] == "保障平台全年稳定运行, 网上可办率达到95%以上"
    assert (p["budget_year"], p["budget_fiscal"]) == (15000000.0, 15000000.0)
    i = r.tables["indicators"]
    assert [(x["level3"], x["target_raw"], x["op"], x["value"], x["unit"]) for x in i[:2]] == [
        ("年办件量", "≥1,000,000件", ">=", 1000000.0, "件"),
        ('"放管服"改革事项网上可办率', "≥95%", ">=", 95.0, "%")]


def test_excel_text_a_target_with_a_quote_and_a_line_break():
    """A form from column B on (every line starting with a tab), level names over two lines (`"产出⏎指标"`,
    `"服务对象⏎满意度指标"`) and a target `"≥100%⏎（按""双随机""名单）"`: the target was `"≥100%` (no value)."""
    r = _review("ct_s35_cu_excel_unicode_level_breaks.txt")
    p = r.tables["projects"][0]
    assert p["name"] == "农村义务教育学生营养改善计划" and p["budget_year"] == 3200000.0
    i = {x["level3"]: x for x in r.tables["indicators"]}
    q = i['食品安全"双随机"抽查覆盖率']
    assert (q["target_raw"], q["op"], q["value"], q["unit"]) == ("≥100%（按\"双随机\"名单）", ">=", 100.0, "%")
    assert [x["level1"] for x in r.tables["indicators"]] == ["产出指标"] * 6 + ["效益指标"] * 2 + ["满意度指标"]
    assert i["学生及家长满意度"]["level2"] == "服务对象满意度指标"


def test_a_dump_whose_cell_holds_a_quote_of_its_own_is_no_quoted_export():
    text = '项目名称\t"三公"经费管理\n指标\t≥90%\n备注\t无\n'
    assert _quoted_records(text) is None
    text = '项目名称\t"政务服务""一网通办"""\n年度目标\t"1、a\n2、b"\n指标\t≥90%\n'
    assert _quoted_records(text) == [(1, ["项目名称", '政务服务"一网通办"']), (2, ["年度目标", "1、a\n2、b"]),
                                      (4, ["指标", "≥90%"])]
    assert _quoted_records('"a"\n"b"\n"c"\n') is None           # (no row of several cells)


def test_antiword_cells_wrapped_in_their_columns():
    """antiword writes a .doc's table in fixed columns, a cell's text wrapped inside its column on the lines below
    (`|县公路事业发展中|` over `|心              |`): the unit was `县公路事业发展中`, `年度资金总额（万` lost its 460."""
    r = _review("ct_s35_cu_antiword_wrapped_cells.txt")
    assert r.document["status"] == "ok"
    p = r.tables["projects"][0]
    assert (p["unit"], p["budget_year"], p["budget_fiscal"]) == ("县公路事业发展中心", 4600000.0, 4600000.0)
    assert p["goal_annual"] == "完成农村公路日常养护1200公里"
    assert _rows(r)[-1] == ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%")


def test_antiword_a_cell_one_column_short_of_its_bar_and_merged_cells():
    """`|县文化和旅游 |` over `|局           |`: one column left at the cell's end, too narrow for a Chinese character,
    so the text goes on below; `|其中：财政拨 |` over `|款|`; merged level cells left blank on a row of its own."""
    r = _review("ct_s35_cu_antiword_merged_cells.txt")
    p = r.tables["projects"][0]
    assert (p["department"], p["unit"], p["budget_year"], p["budget_fiscal"]) == \
        ("县文化和旅游局", "县文化馆", 850000.0, 850000.0)
    assert _rows(r) == [
        ("产出指标", "数量指标", "送戏下乡演出场次", "≥120场"),
        ("产出指标", "数量指标", "新建村级综合文化服务中心数量", "15个"),
        ("产出指标", "质量指标", "演出活动验收合格率", "100%"),
        ("产出指标", "时效指标", "项目完成时间", "2024年12月底前"),
        ("效益指标", "社会效益指标", "群众文化活动参与人次", "≥3万人次"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%")]


def test_antiword_long_names_over_three_lines():
    """Names wrapped over three lines each (`城乡居民基础养老` / `金按月足额发放人` / `数`) were three indicators, two
    without a target (7 `target_missing`)."""
    r = _review("ct_s35_cu_antiword_long_names.txt")
    assert r.document["status"] == "ok"
    p = r.tables["projects"][0]
    assert p["name"] == "城乡居民养老保险政府补贴及经办服务能力提升"
    assert p["goal_annual"] == "按时足额发放城乡居民基础养老金，确保符合条件的参保人员应发尽发；提升经办服务能力，群众满意度达到90%以上。"
    assert [(x[2], x[3]) for x in _rows(r)] == [
        ("城乡居民基础养老金按月足额发放人数", "≥52000人"), ("符合条件的参保人员养老金应发尽发率", "100%"),
        ("养老金发放及时率（每月10日前发放到位）", "100%"), ("参保老年人基本生活保障水平", "逐步提高"),
        ("参保群众对经办服务的满意度", "≥90%")]
    assert not [w for w in r.tables["warnings"] if w["code"] == "target_missing"]


def test_antiword_a_cell_of_two_paragraphs():
    """A name of two paragraphs (`城区环境卫生⏎状况`: `|城区环境卫|` / `|生        |` / `|状况      |`) and targets
    wrapped (`|≥320万平方|` / `|米        |`): the third line was an indicator `状况` of its own. (The goal's
    second paragraph beside `|年度总体目|` / `|标        |` is still a row of its own: antiword marks no paragraph.)"""
    r = _review("ct_s35_cu_antiword_paragraphs.txt")
    got = [(i["level3"], i["target_raw"], i["actual_raw"], i["score"]) for i in r.tables["indicators"]]
    assert got == [("机械化清扫面积", "≥320万平方米", "335万平方米", 20.0), ("机械化清扫率", "≥90%", "92%", 20.0),
                   ("城区环境卫生状况", "明显改善", "明显改善", 30.0), ("市民满意度", "≥85%", "87%", 10.0)]


def test_markdown_rows_are_no_wrapped_rows():
    """Markdown writers pad each cell with a space, and put a `|---|` rule under the head: no row of theirs goes into
    the one above, even with bars in the same places and blank cells."""
    assert not _wrap_of("| 项目名称 | 某项目 |", "|          | 二期   |")
    assert not _wrap_of("|产出指标|数量指标|", "|产出指标|质量指标|")
    assert _wrap_of("|县公路事业发展中|赵强            |", "|心              |                |")
    lines = ["| 一级指标 | 二级指标 |", "| --- | --- |", "|数量指标|培训人数|", "|        |合格率  |"]
    assert _from_pipes(lines)[0][2:] == ["数量指标\t培训人数", "\t合格率"]
    assert _from_pipes(lines[2:])[0] == ["数量指标\t培训人数合格率"]       # (no rule: antiword's table)


def test_one_cell_per_line_a_name_of_two_paragraphs_before_figures():
    """LibreOffice's text of a DOCX (docx2txt writes the same), a cell a line: the name `机械化清扫⏎面积` (two paragraphs)
    put `面积` in the target's column, each value one column on and the score `20` a phantom indicator of its own.
    A figure past the row's last column, the word after the name no value and a figure after it, is the row's last
    cell, the word the name's second paragraph. (`城区环境卫生⏎状况` before two words `明显改善` is still read as
    two rows: nothing tells the piece from a word target there.)"""
    r = _review("ct_s35_cu_lo_text_two_paragraph_name.txt")
    got = [(i["level3"], i["target_raw"], i["actual_raw"], i["score"]) for i in r.tables["indicators"]]
    assert got[:2] == [("机械化清扫面积", "≥320万平方米", "335万平方米", 20.0), ("机械化清扫率", "≥90%", "92%", 20.0)]
    assert got[-1] == ("市民满意度", "≥85%", "87%", 10.0)
    assert not [g for g in got if g[0] and g[0].isdigit()]
