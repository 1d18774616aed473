"""Hunt XT (session 38): what real tools make, read before any parser. A Calc sheet wider than its page (its right
columns printed on the next page); level cells merged over rows a page break cuts under a repeated head (Calc draws
the label over the head, or below the table); checkboxes chromium draws as paths. Inputs
tests/fixtures/review/ct_s38_xt_* (made by tests/fixtures/make_s38_xt.py with openpyxl, LibreOffice and chromium); each
test asserts what the form shows, written down before the run."""
from pathlib import Path

from extract.pdf import extract_pdf
from tests.hunt_tools import indicator_targets, warning_codes

REVIEW = Path(__file__).parent / "fixtures" / "review"
W = 10000

FEW = [
    ("产出指标", "数量指标", "改造集中供水工程", ">=", 12.0, "处"),
    ("产出指标", "数量指标", "新建输水管网", ">=", 45.0, "公里"),
    ("产出指标", "数量指标", "更新水处理设备", ">=", 20.0, "台套"),
    ("产出指标", "质量指标", "工程验收合格率", "=", 100.0, "%"),
    ("产出指标", "质量指标", "水质达标率", ">=", 95.0, "%"),
    ("效益指标", "社会效益指标", "农村自来水普及率", ">=", 98.0, "%"),
    ("效益指标", "社会效益指标", "受益人口", ">=", 4.2, "万人"),
    ("满意度指标", "服务对象满意度指标", "受益群众满意度", ">=", 90.0, "%"),
]


def test_calc_sheet_wider_than_page(read):
    # columns A–B (labels, levels) on page 1, C–E (money, names, 指标值) on page 2; the name and goal cells merged
    # across the cut (main: no project name, not_a_form; the indicators without levels, 4 unparsed_rows)
    r = read("ct_s38_xt_calc_wide_two_pages.pdf")
    assert r.document["status"] == "ok"
    [p] = r.tables["projects"]
    assert p["name"] == "农村饮水安全巩固提升工程"
    assert p["department"] == "县水利局"
    assert p["goal_annual"] == "完成12处集中供水工程改造，农村自来水普及率达到98%以上。"
    assert p["budget_year"] == 860 * W
    assert indicator_targets(r) == FEW
    assert {i["page"] for i in r.tables["indicators"]} == {1}
    assert "unparsed_row" not in warning_codes(r) and "not_a_form" not in warning_codes(r)


def test_wide_sheet_read_as_one_page():
    ex = extract_pdf((REVIEW / "ct_s38_xt_calc_wide_two_pages.pdf").read_bytes(), "x")
    assert ex.pages == 2
    rows = [[c.text for c in row] for g in ex.grids for row in g.rows() if row]
    assert ["项目名称", "农村饮水安全巩固提升工程"] in rows
    assert ["一级指标", "二级指标", "三级指标", "指标值", "备注"] in rows
    # the goal's tail Calc draws again on page 2 (`程改造，…`) is no text line of its own
    assert not [t.text for t in ex.lines if "改造" in t.text]


def test_calc_levels_cut_by_page_breaks(read):
    # `数量指标` merged over three rows, the third on page 2 under the repeated head, its label drawn over the head
    # (`二数级量指指标标`); `效益指标 | 社会效益指标` merged over two rows, the first at page 2's foot, the labels drawn
    # below the table (main: `更新水处理设备` without level 2; `农村自来水普及率` under 产出指标 / 质量指标)
    r = read("ct_s38_xt_calc_cut_levels.pdf")
    assert r.document["status"] == "ok"
    [p] = r.tables["projects"]
    assert p["name"] == "农村饮水安全巩固提升工程"
    assert indicator_targets(r) == FEW
    assert [i["page"] for i in r.tables["indicators"]] == [1, 1, 2, 2, 2, 2, 3, 3]


def test_cut_level_labels_leave_the_head():
    ex = extract_pdf((REVIEW / "ct_s38_xt_calc_cut_levels.pdf").read_bytes(), "x")
    heads = [[c.text for c in row] for g in ex.grids for row in g.rows() if row and row[0].text == "一级指标"]
    assert heads == [["一级指标", "二级指标", "三级指标", "指标值", "备注"]] * 3
    assert not [t.text for t in ex.lines if t.page == 2 and "效益指标" in t.text]


def test_chromium_checkbox_paths(read):
    # `<input type=checkbox>` drawn by chromium as paths (checked: a blue rounded square under a white tick; not: a
    # white square in a grey frame), no glyph (main: 项目类别 `新增项目 延续项目`)
    r = read("ct_s38_xt_chromium_checkbox.pdf")
    [p] = r.tables["projects"]
    assert p["name"] == "服务项目补贴"
    assert p["category"] == "延续项目"
    assert indicator_targets(r) == [("产出指标", "数量指标", "服务人数", ">=", 800.0, "人")]


def test_doc_whose_table_ends_it(read):
    # LibreOffice writes the .doc of a document ending in a table and reads that table back as one paragraph
    # (LibreOffice's own fault: its DOCX of the .doc holds no table); antiword reads it (main: no project,
    # layout_unknown)
    import shutil

    import pytest
    if not (shutil.which("soffice") and shutil.which("antiword")):
        pytest.skip("needs LibreOffice and antiword")
    r = read("ct_s38_xt_doc_table_at_end.doc")
    [p] = r.tables["projects"]
    assert (p["name"], p["department"], p["budget_year"]) == ("乡村学校少年宫运行补助", "县教育局", 45 * W)
    assert p["goal_annual"] == "保障12所乡村学校少年宫正常运行。"
    assert indicator_targets(r) == [("产出指标", "数量指标", "少年宫运行数量", "=", 12.0, "所"),
                        ("满意度指标", "服务对象满意度指标", "学生满意度", ">=", 90.0, "%")]
    assert "layout_unknown" not in warning_codes(r) and "converted" in warning_codes(r)


TEMPLATES = Path(__file__).parent / "templates"


def test_writer_landscape_and_calc_narrow_agri(read):
    # the agri_no_level2_column form as Writer prints its DOCX on A4 landscape, and as Calc prints its XLSX with
    # narrow columns, the cells wrapped: the same records as its text dump (main too)
    from tests.crossformat import assert_same_records
    ref = read(str(TEMPLATES / "agri_no_level2_column" / "form.txt"))
    for name in ("ct_s38_xt_writer_landscape_agri.pdf", "ct_s38_xt_calc_narrow_agri.pdf"):
        assert_same_records(ref, read(name), name)


def test_calc_narrow_first_column_cut(read, tmp_path):
    # hebei_fund_source_levels with narrow wrapped columns over two pages: `绩效指标`, merged down the first column
    # over the indicator rows, is drawn on page 2 beside the table (its column unruled there): it belongs to page
    # 1's head row, no note of `村均运营补助` (main: note `按村人口核定绩效指标`)
    import re

    from tests.crossformat import assert_same_records
    dump = (TEMPLATES / "hebei_fund_source_levels" / "form.txt").read_text(encoding="utf-8")
    short = tmp_path / "hebei_short_goal.txt"
    short.write_text(re.sub(r"购置压缩式[^\t\n]*", "购置转运车36辆。", dump, count=1), encoding="utf-8")
    ref = read(str(short))
    got = read("ct_s38_xt_calc_narrow_hebei.pdf")
    assert_same_records(ref, got, "hebei narrow")
    notes = {i["level3"]: i["note"] for i in got.tables["indicators"]}
    assert notes["村均运营补助"] == "按村人口核定"


def test_ocr_kou_in_words_is_no_box(read):
    # a 150-dpi image of a web form: the 口 of `对口帮扶` and `人口` in the goal, two squares on one line, were read as
    # empty boxes (main: goal `完成对 □帮扶村产业项目8个，带动脱贫人 □增收。`); the ☐ / ☑ of 项目类别 stay boxes
    r = read("ct_s38_xt_ocr_kou_in_words.png")
    [p] = r.tables["projects"]
    assert p["name"] == "东西部协作对口帮扶项目"
    assert p["goal_annual"] == "完成对口帮扶村产业项目8个，带动脱贫人口增收。"
    assert p["category"] == "延续项目"
    assert p["budget_year"] == 500 * W
    assert [(i["level3"], i["target_raw"]) for i in r.tables["indicators"]] == [
        ("对口帮扶村产业项目", "≥8个"), ("帮扶群众满意度", "≥90%")]
