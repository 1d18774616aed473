"""Digital PDFs with the quirks real offices' PDFs have, read like the template form they hold.

Fixtures: tests/fixtures/pdf_quirks/ (made by tests/fixtures/make_pdf_quirks.py; what each shows and how it
was made: tests/fixtures/pdf_quirks/README.md). Each holds the content of one template form
(tests/templates/<id>/form.txt, whose records expected.json lists, written by hand), laid out as a ruled
form and changed by one quirk that does not change what the form says: a table cut by a page break (header
repeated or not, merged cells cut), rules drawn horizontally only / as the outer frame only / dotted /
0.1 pt / as filled rectangles / doubled, two forms on one page (stacked or side by side), a CropBox with
printer's marks outside it, letter-spaced labels, a diagonal watermark, a seal picture, a running header
and footer, an OCR text layer over a scanned image, simulated bold, the content stream drawn bottom-up or
glyph by glyph, a form printed at 50%, a landscape MediaBox, shaded label cells. Three controls draw the
forms without a quirk.

Each fixture is read by `process_file` (default layouts) and compared with the template's form.txt read the
same way, on the columns the template's expected.json lists (projects: the listed project columns;
indicators, budget_items, scores: the listed row columns, every row in order, with its project index);
strings exactly, floats to 1e-9 relative. `document` checks the status, the layout, the number of projects
and the warning codes against the dump's. `test_dump_matches_expected` checks that each template's dump
itself gives its hand-written expected.json on those columns, so "as the dump" is "as written by hand".

Where jixiao is wrong today the check is in `KNOWN` (strict xfail, with what is expected, what jixiao gives
and which page feature causes it): a fix shows up as XPASS and the entry must then go. The expectations are
never weakened.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests import compare as C

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "pdf_quirks"
TABLES, CHECKS = C.QUIRK_TABLES, C.QUIRK_CHECKS

T1 = "central_target_midterm"
T2 = "cost_breakdown_sources"
T3 = "central_self_eval_matrix"
T4 = "province_system_export"

# fixture -> template whose form.txt it holds (the same list as QUIRKS of make_pdf_quirks.py)
FILES = {
    "00_plain_target.pdf": T1,
    "00_plain_self_eval.pdf": T3,
    "00_plain_cost.pdf": T2,
    "01_split_header_repeated.pdf": T1,
    "02_split_no_header.pdf": T3,
    "03_horizontal_rules_only.pdf": T1,
    "04_outer_frame_only.pdf": T2,
    "05_dotted_rules.pdf": T3,
    "06_hairline_rules.pdf": T1,
    "07_rules_as_filled_rects.pdf": T3,
    "08_double_frame.pdf": T2,
    "09_two_forms_one_page.pdf": T4,
    "10_two_forms_side_by_side.pdf": T4,
    "11_cropbox_slug.pdf": T1,
    "12_letter_spaced_labels.pdf": T3,
    "13_diagonal_watermark.pdf": T1,
    "14_seal_image.pdf": T2,
    "15_running_header_footer.pdf": T3,
    "16_ocr_text_layer.pdf": T1,
    "17_fake_bold_labels.pdf": T3,
    "18_rows_bottom_to_top.pdf": T1,
    "19_glyph_by_glyph.pdf": T3,
    "20_printed_at_half_size.pdf": T3,
    "21_landscape_mediabox.pdf": T3,
    "22_shaded_label_cells.pdf": T1,
    "23_bare_page_number.pdf": T4,
}
# hand-written changes of the document check where the quirk changes content: fixture -> (extra warning
# codes over the dump's, statuses accepted). None of the present fixtures changes what the form says.
DOCUMENT_CHANGES: dict[str, tuple[list[str], set[str]]] = {}

# (fixture, check) -> what is expected, what jixiao gives, which page feature causes it
KNOWN: dict[tuple[str, str], str] = {}


# ---------------------------------------------------------------- reading and comparing

SUITE = C.QuirkSuite(FIXTURES, KNOWN, DOCUMENT_CHANGES, "pdf", skip_funding=True)
dump, read, summary, diffs, params = SUITE.dump, SUITE.read, SUITE.summary, SUITE.diffs, SUITE.params
columns, _fail = C.columns, C.fail_on


# ---------------------------------------------------------------- the tests

def test_every_fixture_is_listed():
    on_disk = {p.name for p in FIXTURES.iterdir() if p.suffix == ".pdf"}
    assert on_disk == set(FILES)


def test_known_entries_name_listed_checks():
    assert {k for k in KNOWN} <= {(n, c) for n in FILES for c in CHECKS}


@pytest.mark.parametrize("tid", sorted(set(FILES.values())))
def test_dump_matches_expected(tid):
    """The reference is right: the template's dump gives its hand-written expected.json on the compared columns."""
    _fail(C.expected_diffs(tid, dump(tid)))


@pytest.mark.parametrize("name, tid, check", params(FILES))
def test_pdf_gives_the_records_of_the_dump(name, tid, check):
    got = read(name)
    assert got.document["status"] != "failed", got.document["error"]
    assert got.document["format"] == "pdf", got.document["format"]      # read from its text layer, not by OCR
    _fail(diffs(summary(dump(tid), tid)[check], summary(got, tid)[check], check, name))


def test_cells_cut_by_a_page_break_where_the_tables_columns_differ():
    """A Word table printed by LibreOffice with rows broken across pages, where the page before holds only the form's
    head block (its columns not the indicator table's; tests/fixtures/review/y_cut_over_pages.pdf): a cut cell goes on
    in the cell of the same edges on the next page (`…相关任务，确` + `保各项工作…`; `可持续影响指` + `标`, `建立并持续运` +
    `行`). The tails were dropped or read as an indicator of their own (`标` with the target `行`)."""
    from jixiao.pipeline import process_file
    t = process_file(Path(__file__).parent / "fixtures" / "review" / "y_cut_over_pages.pdf").tables
    assert all(p["goal_annual"].endswith("服务对象满意度达到90%以上。") for p in t["projects"])
    assert not [i for i in t["indicators"] if i["level3"] == "标" or i["level2"] == "可持续影响指"]
    assert sum(1 for i in t["indicators"] if i["target_raw"] == "建立并持续运行") == 2


def test_no_space_read_into_a_target_from_chinese_latin_spacing():
    """A table without rules printed by LibreOffice, which draws a gap between Chinese and Latin letters or digits
    (tests/fixtures/review/y_no_rules_spacing.pdf): the targets are read as written, `不少于80户次` and `≥12次` (they
    were `不少于 80 户次`, `≥12 次`)."""
    from jixiao.pipeline import process_file
    got = [i["target_raw"] for i in process_file(Path(__file__).parent / "fixtures" / "review" /
                                                 "y_no_rules_spacing.pdf").tables["indicators"]]
    assert "不少于80户次" in got and "≥12次" in got and "不低于80.5%" in got
    assert not [t for t in got if t and " " in t]


def test_a_merged_labels_unit_cut_by_a_page_break():
    """`项目资金（万` at the foot of a page and `元）` at the top of the next, in the merged label going on beside rows of
    their own (tests/fixtures/review/y_unit_over_pages.pdf): the label's unit is 万元 (the amounts were read as 元,
    10,000 times too small)."""
    from jixiao.pipeline import process_file
    t = process_file(Path(__file__).parent / "fixtures" / "review" / "y_unit_over_pages.pdf").tables
    p = next(p for p in t["projects"] if p["name"].startswith("公共文化服务体系建设"))
    assert (p["budget_year"], p["budget_fiscal"]) == (10_340_000, 10_340_000)


def test_a_table_going_on_over_a_page_with_fewer_columns():
    """A sheet printed by LibreOffice whose indicator table goes on over a page where the merged 绩效指标 column drew no
    rule and no text (tests/fixtures/review/y_fewer_columns_next_page.pdf: that page's table has one column less): the
    rows are placed under the header by their cells' position (every value was one role off: level 1 质量指标, level 2
    the name, the target under level 3)."""
    from jixiao.pipeline import process_file
    t = process_file(Path(__file__).parent / "fixtures" / "review" / "y_fewer_columns_next_page.pdf").tables
    i = next(i for i in t["indicators"] if i["level3"] == "农村问题发现整改率")
    assert (i["level1"], i["level2"], i["target_raw"], i["actual_raw"], i["weight"], i["score"]) == (
        "产出指标", "质量指标", "100%", "100%", 8, 8)
    assert len(t["indicators"]) == 10


def test_a_goal_overflowing_into_the_indicator_header():
    """A sheet printed without its rows fitted (tests/fixtures/review/y_overflow_into_header.pdf): the goal's text runs
    on into the header cells below it (`使用规范高效，服务对象满意度达到90%以三级指标`); the heads at the cells' ends still name
    the columns (the 三级指标 column was lost, no indicator had a name)."""
    from jixiao.pipeline import process_file
    t = process_file(Path(__file__).parent / "fixtures" / "review" / "y_overflow_into_header.pdf").tables
    assert t["indicators"] and all(i["level3"] for i in t["indicators"])


def test_points_of_a_font_without_ascent_stay_on_their_line():
    """Hunt T: a LibreOffice PDF whose font subset gives ascent = descent = 0: PDFium's boxes are the glyphs' tight
    ones, `.` `、` `，` sit near a line's height below their neighbours' tops: they stay on their line (`45.60` was read
    `45 60.`, both forms' money lost silently, the goals' marks moved to the end)."""
    from jixiao.pipeline import process_file
    ps = process_file(ROOT / "tests/fixtures/review/bs_t6_zero_ascent_points.pdf").tables["projects"]
    assert [(p["budget_year"], p["budget_fiscal"]) for p in ps] == [(456000, 456000), (180000, 180000)]
    assert ps[0]["goal_annual"].startswith("建成县、乡、村三级公共法律服务实体平台，")
