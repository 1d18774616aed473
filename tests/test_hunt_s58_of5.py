"""Hunt of5 (session 58): office files and negatives in them — documents a fiscal archive holds beside the forms,
made as real DOCX, XLSX and HTML (tests/fixtures/review/ct_s58_of5_*, made by tests/fixtures/review/make_s58_of5.py;
each read by hand before the run), near-miss forms in the same formats, and a form on a hidden sheet.

Decided:
- a workbook whose shown sheets give no form and whose hidden sheets read as one (the form hidden before sending, a
  填表说明 sheet shown) says so: `hidden_form_unread` naming the sheets (`sheet 2 (绩效目标表) is hidden and not read`),
  a loss (partial); hidden sheets are still not read (what Excel shows, README); a hidden data-validation list and
  a hidden old version beside a shown form say nothing (main: layout_unknown alone, status ok);
- `formula_not_computed`'s `1 cell that depend on it` reads `1 cell that depends on it`;
- a list of projects (`序号 | 项目名称 | 功能科目 | 上年预算数 | 本年预算数 | 其中：财政拨款`) on the sheet before the
  绩效目标表's or after it, not naming the form's project, is no
  breakdown of the form's money when on a workbook sheet of its own: a `project_list`, no budget lines (main: its four projects the form's
  composition lines, its 合计's 上年预算数 1685 the form's budget_total);
- a list of projects whose 绩效目标 column only points elsewhere (`详见绩效目标表`, `见附件`, `另行公开`) declares no
  targets: a `project_list`, no projects (main: packed_list, three projects of goal_annual `详见绩效目标表` …);
- a table of people headed `姓名 | 单位 | 职务` (a 纪要's attendees before its 附件 form) is a people table, no rows of
  the form (main: four unparsed_row, partial).
Kept (main already): a 部门预算 (收支总表, 项目支出预算表), a 部门决算 in XLSX, DOCX and HTML, a 政府采购 磋商文件 (of a
绩效评价服务) and a 招标公告 page with `评分因素 | 分值 | 评分标准`, a 会议纪要 quoting 绩效目标, a news page on a 绩效评价
give no form.
"""
from __future__ import annotations

import io

import openpyxl
import pytest

from extract.office import extract_xlsx
from tests.hunt_tools import budget_lines, indicator_targets, only_project, warning_codes

P = "ct_s58_of5_"


def _nothing(r) -> None:
    t = r.tables
    assert r.document["status"] == "ok", t["warnings"]
    assert r.document["n_projects"] == 0 and t["projects"] == []
    assert t["indicators"] == [] and t["budget_items"] == [] and t["scores"] == []
    assert t["assessment_items"] == [] and r.document["layout"] == "unknown"
    assert warning_codes(r) and set(warning_codes(r)) <= {"layout_unknown", "not_a_form", "project_list"}


NON_FORMS = ["neg_budget.xlsx", "neg_final_accounts.xlsx", "neg_final_accounts.docx", "neg_final_accounts.html",
             "neg_tender.docx", "neg_tender.html", "neg_minutes.docx", "neg_news.html", "neg_hidden_lists.xlsx",
             "neg_goal_elsewhere.xlsx"]


@pytest.mark.parametrize("name", NON_FORMS)
def test_non_forms_in_office_formats_give_nothing(read, name):
    _nothing(read(P + name))


def test_a_budget_lists_goal_column_pointing_elsewhere_declares_nothing(read):
    # main: packed_list, three projects of goal_annual `详见绩效目标表` / `见附件` / `另行公开`, no indicator
    r = read(P + "neg_goal_elsewhere.xlsx")
    assert warning_codes(r) == ["project_list"] and r.tables["projects"] == []


# ---- a form on a hidden sheet ----

@pytest.mark.parametrize("ext", ["xlsx", "xls"])
def test_a_form_on_a_hidden_sheet_is_said(read, ext):
    # main: layout_unknown alone, status ok — the form lost with no word of it
    r = read(f"{P}hidden_form.{ext}")
    assert r.tables["projects"] == [] and r.tables["indicators"] == []      # (still not read: what Excel shows)
    assert warning_codes(r) == ["layout_unknown", "hidden_form_unread"]
    w = r.tables["warnings"][1]
    assert w["message"].startswith("sheet 2 (绩效目标表) is hidden and not read") and w["page"] == 2
    assert r.document["status"] == "partial"


def test_two_hidden_forms_are_named_in_one_warning(read):
    r = read(P + "hidden_two.xlsx")
    msgs = [w["message"] for w in r.tables["warnings"] if w["code"] == "hidden_form_unread"]
    assert len(msgs) == 1 and msgs[0].startswith("sheets 2 (公路), 3 (客运) are hidden and not read")


@pytest.mark.parametrize("name", [P + "neg_hidden_lists.xlsx", "ct_s57_of4_hidden.xlsx", "ct_s57_of4_hidden.xls"])
def test_a_hidden_list_or_old_version_says_nothing(read, name):
    # (guards: a hidden data-validation list beside a budget table; a hidden 旧版 beside the shown form)
    assert "hidden_form_unread" not in warning_codes(read(name))


# ---- the formula warning's grammar ----

def _formula_messages(n_dependents: int) -> list[str]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"], ws["B1"] = "填报日期", "=TODAY()"
    for k in range(n_dependents):
        ws.cell(2 + k, 2, "=B1")
    buf = io.BytesIO()
    wb.save(buf)
    return [w.message for w in extract_xlsx(buf.getvalue(), "d").warnings if w.code == "formula_not_computed"]


def test_one_dependent_cell_is_said_in_the_singular():
    msgs = _formula_messages(1)
    assert len(msgs) == 1 and "and 1 cell that depends on it read empty too (B2)" in msgs[0]


def test_several_dependent_cells_keep_the_plural():
    msgs = _formula_messages(2)
    assert len(msgs) == 1 and "and 2 cells that depend on it read empty too (B2, B3)" in msgs[0]


# ---- near-miss forms ----

FORM = [("产出指标", "数量指标", "实施安防工程里程", ">=", 120.0, "公里"),
        ("产出指标", "质量指标", "工程验收合格率", "=", 100.0, "%"),
        ("效益指标", "社会效益指标", "交通事故发生率", None, None, None),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", ">=", 90.0, "%")]


@pytest.mark.parametrize("name", ["form_budget.xlsx", "form_minutes.docx", "form_news.html"])
def test_near_miss_forms_read(read, name):
    r = read(P + name)
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["year"], p["budget_year"], p["budget_fiscal"]) == (
        "农村公路安全生命防护工程", "某县交通运输局", "某县公路建设养护中心", 2025, 8600000.0, 4600000.0)
    assert indicator_targets(r) == FORM


def test_a_budget_list_on_the_sheet_before_is_no_breakdown_of_the_form(read):
    # main: the list's four projects the form's composition lines, budget_total 16,850,000 (the 上年预算数 合计)
    r = read(P + "form_budget.xlsx")
    assert budget_lines(r) == [] and only_project(r)["budget_total"] is None
    assert "project_list" in warning_codes(r)


@pytest.mark.parametrize("order", ["after", "over"])    # (over: a plain test since hunt ly7, s59 — a form's title
# printed between the list and the form's name, the list another document's)
def test_a_budget_list_after_the_form_or_over_its_title_is_no_breakdown(tmp_path, order):
    # main: the list's projects the form's composition lines in both
    from jixiao.pipeline import process_file
    from tests.fixtures.review.make_s58_of5 import BUDGET_PROJECTS, FORM, FORM_MERGES, _rows
    wb = openpyxl.Workbook()
    if order == "after":                     # (the 预算表 on the sheet after the form's)
        _rows(wb.active, FORM, FORM_MERGES)
        _rows(wb.create_sheet("预算表"), BUDGET_PROJECTS)
    else:                                    # (the list over the form's title on one sheet)
        for row in BUDGET_PROJECTS + [[]] + FORM:
            wb.active.append(row)
    path = tmp_path / f"{order}.xlsx"
    wb.save(path)
    r = process_file(str(path))
    assert only_project(r)["name"] == "农村公路安全生命防护工程" and budget_lines(r) == []


def test_a_forms_own_breakdown_on_its_next_sheet_is_kept(tmp_path):
    # (guard: `序号 | 支出内容 | 金额（万元）` on the sheet after the form: the form's composition, main already)
    from jixiao.pipeline import process_file
    from tests.fixtures.review.make_s58_of5 import FORM, FORM_MERGES, _rows
    wb = openpyxl.Workbook()
    ws = wb.active
    _rows(ws, FORM, FORM_MERGES)
    _rows(wb.create_sheet("预算明细"), [["序号", "支出内容", "金额（万元）"], [1, "安防设施材料费", 500],
                                     [2, "施工费", 360], ["", "合计", 860]])
    path = tmp_path / "detail.xlsx"
    wb.save(path)
    r = process_file(str(path))
    assert [(b[1], b[2], b[3]) for b in budget_lines(r)] == [("安防设施材料费", 5000000.0, "composition"),
                                                            ("施工费", 3600000.0, "composition")]


def test_an_attendees_table_before_the_annexed_form_is_no_row_of_it(read):
    # main: `姓名 | 单位 | 职务` and its three people four unparsed_row warnings, the form partial
    r = read(P + "form_minutes.docx")
    assert "unparsed_row" not in warning_codes(r) and r.document["status"] == "ok"
