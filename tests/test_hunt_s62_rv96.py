"""Review rv96 (session 62) of hunt of9: a hidden form beside a shown one, named otherwise, most of its indicators
and its money the shown one's, is a renamed version only when its goal keeps the shown one's (pipeline
`_keeps_a_goal`). Fixtures tests/fixtures/review/ct_s62_rv96_*, made by tests/fixtures/review/make_s62_rv96.py.
Each reading was written down by hand before the run.

Decided (wrong on main, fixed):
- a goal typed in a county template's frame (`项目资金50万元，通过项目实施，…，提升基层医疗卫生服务能力，群众满意度
  达到90%以上。`) is mostly the same text for each project filled in it: of9's text likeness took the sibling
  (`建成标准化村卫生室20个` beside `完成5所乡镇卫生院设备购置`) for a renamed version, silent; where both goals state
  counts (numbers but a share, a day and money), one must be common too: said;
- the same with the frame numbered (`目标1：项目资金50万元，…。目标2：…`): an item's number is no count (with it, the
  two goals shared the count 1).
Kept (read right on main, guard): of8's renamed old version, its goal dated and reworded (`2025年10月底前…，新增监控
点位１２０个，重点区域覆盖率达到100%。`), its count the shown goal's in full-width digits, 100% and the day no
count: silent.
"""
from __future__ import annotations

from tests.hunt_tools import indicator_targets, only_project, warning_codes

PRE = "ct_s62_rv96_"


def test_template_sibling_with_its_goal_in_the_template_frame_is_said(read):
    r = read(PRE + "boiler_sibling.xlsx")
    p = only_project(r)
    assert (p["name"], p["department"], p["budget_year"], p["budget_fiscal"]) == \
        ("乡镇卫生院设备购置", "县卫生健康局", 500000, 500000)
    assert [t[2] for t in indicator_targets(r)] == ["购置设备台数", "项目验收合格率", "资金到位率", "服务对象满意度"]
    assert [w["message"] for w in r.tables["warnings"] if w["code"] == "hidden_form_unread"] == [
        "sheet 2 (卫生室) is hidden and not read (what Excel shows is read), and it reads as a form of another project "
        "(村卫生室标准化建设): unhide it to read the form"]
    assert warning_codes(r) == ["hidden_form_unread"] and r.document["status"] == "partial"


def test_template_sibling_with_its_goal_in_a_numbered_frame_is_said(read):
    r = read(PRE + "numbered_sibling.xlsx")
    assert only_project(r)["name"] == "乡镇卫生院设备购置"
    assert [w["message"] for w in r.tables["warnings"] if w["code"] == "hidden_form_unread"] == [
        "sheet 2 (卫生室) is hidden and not read (what Excel shows is read), and it reads as a form of another project "
        "(村卫生室标准化建设): unhide it to read the form"]
    assert r.document["status"] == "partial"


def test_renamed_old_version_with_its_goal_dated_is_silent(read):
    r = read(PRE + "dated_old.xlsx")
    p = only_project(r)
    assert (p["name"], p["budget_year"]) == ("校园安全监控改造", 865000)
    assert warning_codes(r) == [] and r.document["status"] == "ok"
