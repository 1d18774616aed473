"""Review rv36 (session 55) of hunt pdf8's label lines above a table (extract/pdf.py label_lines_grids, _label_first):
PDFs made by reportlab, tests/fixtures/review/ct_s55_rv36_* (tests/fixtures/review/make_s55_rv36.py), each reading
written down by hand before the run.

Decided (wrong on main, fixed):
- a cover letter's lines `联系人    王明` / `联系电话    0571-…` over its sign-off and the form's title are the letter's
  text, not the table's fields: a run of label lines is a table's fields only when it touches a table (no line
  between them but a `label：value` line or a `金额单位：万元` note). Main: the letter's lines read as a grid before the
  title, the letter cut off from the form and the year its paragraph states (`2025年度绩效目标`) lost;
- labels spread over a wider label's width (Word's 分散对齐, `负   责   人` then `张强`): the label's characters
  apart are one label (main: the line read as text, leader and phone null);
- a table going on under `续表1：` or `（续表二）` (the table's number after the mark; hunt pdf8 took `续表：`): the mark
  is no row (main: an indicator `续表1：` with no target, target_missing).
Kept (guards):
- a title block over the table `填报单位（盖章）        填报日期：2025年3月10日` / `项目负责人：        联系电话：…`:
  a label left blank by its colon is a label alone, the two lines cells, the fill_date read, the 实施单位 in the
  table kept as the unit (not `填报日期：…`), the leader null (none written);
- two label lines over a box table and two under it (`填报人    李华`, `联系电话    …`): the fields under the table
  stay under it (a table between two lines ends their run), the contact and phone read;
- two forms stacked on one page, each its label lines over its table: two projects, each its own indicators.
Left: the cover letter's contact (`联系人    王明`) is not the form's contact (it was not before hunt pdf8 either).
"""
from __future__ import annotations

import datetime

from tests.hunt_tools import indicator_targets

N, Q, SO, SAT = "数量指标", "质量指标", "社会效益指标", "服务对象满意度指标"
ROWS = [("产出指标", N, "改造背街小巷条数", ">=", 18.0, "条"), ("产出指标", Q, "工程验收合格率", "=", 100.0, "%"),
        ("效益指标", SO, "改善居民出行条件户数", ">=", 2600.0, "户"),
        ("满意度指标", SAT, "沿线居民满意度", ">=", 90.0, "%")]


def _one(r):
    assert len(r.tables["projects"]) == 1
    return r.tables["projects"][0]


def test_cover_letter_contact_lines_stay_the_letters_text(read):
    r = read("ct_s55_rv36_letter.pdf")
    p = _one(r)
    assert (p["name"], p["department"], p["unit"], p["year"]) == (
        "城区背街小巷改造工程", "某县住房和城乡建设局", "某县市政设施维护中心", 2025)
    assert indicator_targets(r) == ROWS


def test_title_block_label_left_blank_by_its_colon(read):
    r = read("ct_s55_rv36_signoff.pdf")
    p = _one(r)
    assert p["fill_date"] == datetime.date(2025, 3, 10)
    assert (p["unit"], p["leader"], p["phone"], p["year"]) == ("某县市政设施维护中心", None, "0571-88886666", 2025)
    assert indicator_targets(r) == ROWS


def test_labels_spread_over_a_wider_labels_width(read):
    r = read("ct_s55_rv36_spaced.pdf")
    p = _one(r)
    assert (p["name"], p["department"], p["leader"], p["phone"]) == (
        "城区背街小巷改造工程", "某县住房和城乡建设局", "张强", "0571-88886666")
    assert indicator_targets(r) == ROWS


def test_label_lines_over_and_under_a_table(read):
    r = read("ct_s55_rv36_above_below.pdf")
    p = _one(r)
    assert (p["name"], p["department"], p["contact"], p["phone"]) == (
        "城区背街小巷改造工程", "某县住房和城乡建设局", "李华", "0571-88886666")
    assert indicator_targets(r) == ROWS


def test_two_forms_stacked_on_a_page_keep_their_fields(read):
    r = read("ct_s55_rv36_two_forms.pdf")
    ps = r.tables["projects"]
    assert [(p["name"], p["department"]) for p in ps] == [("城区背街小巷改造工程", "某县住房和城乡建设局"),
                                                       ("农村饮水安全巩固提升工程", "某县水利局")]
    by = {p["project_id"]: p["name"] for p in ps}
    assert [(by[i["project_id"]], i["level3"]) for i in r.tables["indicators"]] == [
        ("城区背街小巷改造工程", "改造背街小巷条数"), ("城区背街小巷改造工程", "工程验收合格率"),
        ("农村饮水安全巩固提升工程", "新建供水管网长度"), ("农村饮水安全巩固提升工程", "受益群众满意度")]


def test_table_going_on_under_a_numbered_mark(read):
    for name in ("ct_s55_rv36_goes_on_numbered.txt", "ct_s55_rv36_goes_on_numeral.txt"):
        r = read(name)
        assert indicator_targets(r) == ROWS, name
        assert "target_missing" not in [w["code"] for w in r.tables["warnings"]], name
