"""Hunt pdf4 (session 48): office number formats and digital PDFs (tests/fixtures/make_s48_pdf4.py). Each expectation
below was written by hand from the form before jixiao was run."""
from tests.hunt_tools import budget_lines, indicator_targets


def test_money_typed_as_mixed_numbers(read):
    # a 绩效运行监控表 in 万元 whose amounts were typed `460 1/2`, `120 1/4`, `340 1/4` (Excel: 460.5 … in `# ?/?`,
    # shown as typed): the money is the cells' value. main: budget_initial / budget_year / spent / execution_rate None,
    # budget_fiscal 100万 (the 1-6月 figure), a source line named `340 1/4`
    r = read("ct_s48_pdf4_fraction_money.xlsx")
    p = r.tables["projects"][0]
    assert (p["budget_initial"], p["budget_year"], p["spent"], p["budget_fiscal"], p["execution_rate"]) == (
        4605000.0, 4605000.0, 1202500.0, 3402500.0, 0.2611)
    assert budget_lines(r) == [(None, "财政拨款", 3402500.0, "source")]


def test_progress_typed_as_fractions(read):
    # 完成进度 typed `3/4`, `1`, `1/2` (Excel: 0.75 … in `# ?/?`): the progress is that share; the targets as shown.
    # main: progress None, 1.0, None
    r = read("ct_s48_pdf4_fraction_money.xlsx")
    assert [(i["progress_raw"], i["progress"]) for i in r.tables["indicators"]] == [
        ("3/4", 0.75), ("1", 1.0), ("1/2", 0.5)]
    assert indicator_targets(r) == [("产出指标", "数量指标", "新建改造集中供水工程", ">=", 12.0, "处"),
                                    ("产出指标", "质量指标", "水质检测合格率", ">=", 95.0, "%"),
                                    ("效益指标", "社会效益指标", "受益人口", ">=", 12500.0, "人")]


def test_fraction_and_mixed_number_readers():
    # main: parse_fraction `3/4` None; parse_amount `460 1/2` None
    from normalize.amounts import parse_amount, parse_fraction
    assert [parse_fraction(t) for t in ("3/4", "1/2", "0/3", "5/4", "6/30", "12/31", "2024/12")] == [
        0.75, 0.5, 0.0, None, None, None, None]
    assert [parse_amount(t, "万元") for t in ("460 1/2", "120 1/4万元", "1 1/3", "1 4/3", "460")] == [
        4605000.0, 1202500.0, 13333.33, None, 4600000.0]


def test_simple_font_naming_a_gbk_cmap(read):
    # a 项目支出绩效目标表 a report writer printed in a simple TrueType font (SimSun, not embedded, no ToUnicode) whose
    # /Encoding is /GBK-EUC-H: its strings GBK bytes. main: PDFium read 308 `(cid:0)` glyphs, the page went to OCR of
    # Latin letters (`ÖĐË`), no project, text_layer_unreadable, low_confidence ×8 and layout_unknown
    r = read("ct_s48_pdf4_simple_gbk_cmap.pdf")
    p = r.tables["projects"][0]
    assert (p["title"], p["name"], p["department"], p["budget_year"], p["goal_annual"]) == (
        "项目支出绩效目标表", "农村供水保障工程", "平江县水利局", 13500000.0, "新建供水管网28.6公里，改造入户水表4200户。")
    assert indicator_targets(r) == [("产出指标", "数量指标", "新建供水管网长度", ">=", 28.6, "公里"),
                                    ("效益指标", "社会效益指标", "受益农村人口", ">=", 1.6, "万人"),
                                    ("满意度指标", "服务对象满意度指标", "受益群众满意度", ">=", 92.0, "%")]
    assert r.tables["warnings"] == []


# ---------------------------------------------------------------- a level 2 as far before the level 3 as the spacing
# hunt pdf3's letter-spaced 绩效目标表 (its 8 indicators, name, money, goal, no warning: pdf2's _read_right): the level 2
# `服务对象满意度指标` ends before `受益群众满意度` by the line's own spacing, so no break in the spacing parts them.
# main, each: level2 None, level3 `服务对象满意度指标受益群众满意度` (7 of 8 indicators right)

def test_5pt_level2_spacing_before_level3_no_rules(read):
    from tests.test_hunt_s46_pdf2 import _read_right
    _read_right(read("ct_s48_pdf4_spaced_5pt_gap5_no_rules.pdf"))


def test_5pt_level2_spacing_before_level3_cell_rules(read):
    from tests.test_hunt_s46_pdf2 import _read_right
    _read_right(read("ct_s48_pdf4_spaced_5pt_gap5_cell_rules.pdf"))


def test_5pt_level2_spacing_before_level3_whole_rules(read):
    from tests.test_hunt_s46_pdf2 import _read_right
    _read_right(read("ct_s48_pdf4_spaced_5pt_gap5_whole_rules.pdf"))


def test_4pt_level2_spacing_before_level3_no_rules(read):
    from tests.test_hunt_s46_pdf2 import _read_right
    _read_right(read("ct_s48_pdf4_spaced_4pt_gap4_no_rules.pdf"))

