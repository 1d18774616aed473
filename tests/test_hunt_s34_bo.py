"""Hunt BO (session of 2026-12-03, second): big files holding many forms, as budget systems export a department's
whole year. The forms come from tests/bigforms.py (seeded lists of names, money and indicators); each test's
expectations are computed by that generator from the same data, never read back from jixiao. Small files are
committed (tests/fixtures/review/ct_s34_bo_*); the bigger ones are generated into tmp_path."""
from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.pipeline import process_file
from tests import bigforms as B

REVIEW = Path(__file__).parent / "fixtures" / "review"
# the forms of make_projects(100, seed=7) that 100-form PDFs read wrong, in the two committed PDFs (their goals long)
PDF_PICKS = [28, 52, 58, 79, 49, 4, 0]


def _faults(exp, path):
    t = process_file(path).tables
    return B.compare(exp, t["projects"], t["indicators"])


def _pdf_expected(path):
    a = B.make_projects(100, seed=7)
    ps = B.with_long_goals([a[i] for i in PDF_PICKS], set(range(6)))
    return B.locate_pages(path, [B.expected(p, {}) for p in ps])


def test_a_sheet_per_project_with_links_back_to_the_contents(tmp_path):
    """12 sheets, each form's title beside a `返回目录` link to the 目录 sheet (a hidden sheet, an empty one, a print
    area cutting a form, a form starting in column C among them): the title row was read as the last indicator of the
    form on the sheet before (`项目支出绩效目标申报表 | 返回目录`), or an unparsed row; the link is no cell of the form."""
    path = REVIEW / "ct_s34_bo_sheets_back_links.xlsx"
    exp = B.write_xlsx_sheets(B.make_projects(12, seed=7), tmp_path / "sheets.xlsx")
    assert _faults(exp, path) == []
    r = process_file(path)
    assert r.document["status"] == "ok"
    assert not [w for w in r.tables["warnings"] if w["code"] == "unparsed_row"]


def test_forms_stacked_without_titles_each_under_its_own_unit_line(tmp_path):
    """Forms down one sheet, only the first titled, each opened by `| | | | 金额单位：元` (or 万元) over its 项目名称: the
    unit line was taken as the last row of the form above, the form below read in the unit of another's line
    (920000 元 read as 9.2 billion)."""
    path = REVIEW / "ct_s34_bo_stacked_untitled_unit_lines.xlsx"
    exp = B.write_xlsx_stacked(B.make_projects(30, seed=7)[16:26], tmp_path / "stacked.xlsx", repeat_titles=False)
    assert _faults(exp, path) == []


def test_pdf_rows_at_a_page_foot_keep_their_own_levels():
    """A PDF printed by LibreOffice of forms whose indicator tables cross a page (level cells boxes of their own, left
    empty under the label above): `| | 开展宣传活动次数 | ≥37次` at the foot stays under 产出指标 / 数量指标 (it took the
    next page's 效益指标 / 可持续影响指标); `经济效益指标 | 带动就业人数 | ≥892人` and the next page's `生态效益指标 |
    城乡环境卫生 | 明显改善` stay two rows (joined as one, the form's satisfaction indicator lost); the notes on a
    page of their own (`注：1.…` / `2.本表由项目单位填报…`, a grid of one column) are no indicator."""
    path = REVIEW / "ct_s34_bo_pdf_rows_over_page_breaks.pdf"
    assert _faults(_pdf_expected(path), path) == []


def test_pdf_long_goals_over_two_and_three_pages():
    """The same forms with their notes under the table: a goal over three pages (the middle page holding nothing
    else) made the file fail (IndexError: the middle table emptied by the first join), and its third part was lost;
    a goal whose part on the first page ends a sentence short of the cell's edge (`…群众反映良好。`, the next item
    `（18）推进…` on the next page) was cut there (the rest an unparsed row); `| 可持续影响指标 | 长效管理机制 | 健全` at
    a page's foot, over `满意度指标 | …` on the next, stays under 效益指标."""
    path = REVIEW / "ct_s34_bo_pdf_goals_over_pages.pdf"
    r = process_file(path)
    assert r.document["status"] == "ok"
    assert _faults(_pdf_expected(path), path) == []


def test_a_docx_of_forms_between_section_breaks_and_a_text_dump_with_form_feeds(tmp_path):
    """Guards: ten forms between section breaks with their own page headers (the department's name, `第N页 共M页`),
    and a text dump whose forms are separated by form feeds only (the feed opens a line, it is no line of its own):
    every project, money, goal and indicator right, with its table / row and its line."""
    ps = B.make_projects(10, seed=7)
    exp = B.write_docx(ps, tmp_path / "ten.docx", breaks="section", headers=True)
    assert _faults(exp, REVIEW / "ct_s34_bo_ten_forms_section_breaks.docx") == []
    exp = B.write_txt(ps, tmp_path / "ten.txt", sep_lines=0, formfeed=True)
    assert _faults(exp, REVIEW / "ct_s34_bo_forms_formfeed.txt") == []


@pytest.mark.parametrize("kind", ["txt", "txt_untitled", "sheets", "sheets_summary", "stacked", "stacked_untitled_tight",
                                  "stacked_page_breaks", "docx", "docx_in_table"])
def test_big_generated_files_read_exactly(tmp_path, kind):
    """60 forms (80 in a text dump) in each kind of big file, generated here: the number of projects exactly right,
    each one's name / money / goal / indicators right, nothing of one form read into its neighbour, provenance right."""
    n = 80 if kind.startswith("txt") else 60
    ps = B.make_projects(n, seed=23)
    write = {"txt": lambda f: B.write_txt(ps, f), "txt_untitled": lambda f: B.write_txt(ps, f, title=False),
             "sheets": lambda f: B.write_xlsx_sheets(ps, f),
             "sheets_summary": lambda f: B.write_xlsx_sheets(ps, f, summary=True),
             "stacked": lambda f: B.write_xlsx_stacked(ps, f),
             "stacked_untitled_tight": lambda f: B.write_xlsx_stacked(ps, f, repeat_titles=False, gap=0),
             "stacked_page_breaks": lambda f: B.write_xlsx_stacked(ps, f, page_breaks=True, gap=1),
             "docx": lambda f: B.write_docx(ps, f), "docx_in_table": lambda f: B.write_docx(ps, f, intable=True)}[kind]
    f = tmp_path / ("big." + ("txt" if kind.startswith("txt") else "xlsx" if "sheets" in kind or "stacked" in kind
                              else "docx"))
    exp = write(f)
    assert _faults(exp, f) == []


def test_pdf_of_forms_flowing_over_pages_without_breaks():
    """14 forms printed one after another, no page breaks (LibreOffice): rows cut by the breaks at any place.
    `维修道路里程 | 605公里` at a page's foot and `| | 验收合格率 | 100%` at the next page's top were one indicator
    (`维修道路里程验收合格率`, `605公里100%`): a whole quantity with its unit under another is a row of its own; so
    `带动就业人数 | ≥704人` and `可持续影响指标 | 长效管理机制 | 健全`."""
    path = REVIEW / "ct_s34_bo_pdf_flowing_forms.pdf"
    exp = B.locate_pages(path, [B.expected(p, {}) for p in B.make_projects(14, seed=5)])
    assert _faults(exp, path) == []


def test_pdf_of_split_tables_with_goals_over_three_pages():
    """Each form's head fields and its indicator table as two tables, forms flowing, every third goal some 2,300
    characters: a goal over three pages whose middle part ends a sentence (`…群众反映良好。`) lost its third part (the
    middle page's text alone right of an empty label cell); a goal going on at the next page's top under a table of
    other columns, its part above ending a sentence, was cut; `其中：财政拨款` written on two lines at a page's foot
    took the next page's `其他资金` as its rest (budget_fiscal lost): a label of two lines ended there."""
    path = REVIEW / "ct_s34_bo_pdf_split_tables_long_goals.pdf"
    ps = B.make_projects(14, seed=1)
    ps = B.with_long_goals(ps, {k for k in range(len(ps)) if k % 3 == 1})
    exp = B.locate_pages(path, [B.expected(p, {}) for p in ps])
    r = process_file(path)
    assert r.document["status"] == "ok"
    assert _faults(exp, path) == []
