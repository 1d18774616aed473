"""Hunt of3 (session 50): office files, embedded objects and rule-less PDFs as archives hold them — a workbook of one
form per sheet behind a 汇总 sheet, a Word form whose goal cell holds an embedded Word document, a form typed and also
attached as an icon, two rule-less forms side by side under a page number or running head centred across the gutter,
and a renamed Office 97-2003 file's streams listed once: tests/fixtures/review/ct_s50_of3_* (made by
tests/fixtures/make_s50_of3.py), each expectation written down by hand before the run."""
from __future__ import annotations

import os
import sys

import pytest

from tests.hunt_tools import indicator_targets, only_project, warning_codes

P, E, S = "产出指标", "效益指标", "满意度指标"
N, Q, T, C = "数量指标", "质量指标", "时效指标", "成本指标"
SO, SAT = "社会效益指标", "服务对象满意度指标"
W = 10000.0
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "fixtures"))


@pytest.mark.parametrize("name", ["sheets_summary", "sheets_summary_last", "sheets_summary_untitled"])
def test_summary_sheet_beside_a_form_per_sheet(read, name):
    # main: sheets_summary (the 汇总 first): the first project's budget_total 4,065,000 (the 汇总's `合计 | 406.5`)
    # and its title `2025年度项目支出绩效目标汇总表` (the list's caption); sheets_summary_last (the 汇总 after the
    # forms, a table under its own caption): the second project's budget_total 4,065,000; sheets_summary_untitled:
    # the first project's budget_total 4,065,000; the rest as now
    r = read(f"ct_s50_of3_{name}.xlsx")
    ps = r.tables["projects"]
    assert [(p["name"], p["department"], p["unit"], p["leader"], p["phone"], p["year"], p["title"]) for p in ps] == [
        ("农村饮水安全巩固提升", "某某县水利局", "某某县农村供水管理站", "李强", "0734-5512XXXX", 2025,
         "2025年度项目支出绩效目标申报表"),
        ("基层农技推广体系改革与建设", "某某县农业农村局", "某某县农业技术推广中心", "周敏", "0734-5523XXXX", 2025,
         "2025年度项目支出绩效目标申报表")]
    assert [(p["budget_total"], p["budget_year"], p["budget_fiscal"], p["budget_other"]) for p in ps] == [
        (None, 320 * W, 300 * W, 20 * W), (None, 86.5 * W, 86.5 * W, 0.0)]
    assert [p["goal_annual"] for p in ps] == ["完成8处农村供水工程维修养护，保障2.1万人饮水安全。",
                                              "培育农业科技示范主体120户，推广主导品种和主推技术8项。"]
    got = [(i["project_id"], i["level3"], i["op"], i["value"], i["unit"]) for i in r.tables["indicators"]]
    assert [g[1:] for g in got] == [
        ("维修养护供水工程数量", ">=", 8.0, "处"), ("水质检测合格率", ">=", 95.0, "%"), ("工程完工时间", None, None, None),
        ("受益人口", ">=", 2.1, "万人"), ("受益群众满意度", ">=", 90.0, "%"),
        ("培育农业科技示范主体", ">=", 120.0, "户"), ("推广主推技术", ">=", 8.0, "项"),
        ("示范主体补助标准", "<=", 3000.0, "元/户"), ("示范主体亩均增收", ">=", 200.0, "元"),
        ("示范主体满意度", ">=", 90.0, "%")]
    assert [g[0] for g in got] == [ps[0]["project_id"]] * 5 + [ps[1]["project_id"]] * 5
    assert warning_codes(r) == ["project_list"]


def test_goal_as_word_object_in_its_cell(read):
    # main: goal_annual None (a Word object in a cell gave its tables only; its paragraphs were passed over)
    r = read("ct_s50_of3_goal_word_object_in_cell.docx")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["budget_year"]) == (
        "城乡居民医疗救助", "涟源市医疗保障局", "涟源市医疗保障事务中心", 1850 * W)
    assert p["goal_annual"] == ("目标1：对特困人员、低保对象等困难群众实施医疗救助12000人次；"
                                "目标2：政策范围内住院自付费用救助比例不低于70%。")
    assert indicator_targets(r) == [
        (P, N, "救助困难群众人次", ">=", 12000.0, "人次"),
        (E, SO, "政策范围内住院费用救助比例", ">=", 70.0, "%"),
        (S, SAT, "救助对象满意度", ">=", 90.0, "%")]
    assert warning_codes(r) == []


@pytest.mark.parametrize("name", ["ct_s50_of3_portal_linked_css.mht", "ct_s50_of3_portal_linked_css.html"])
def test_rows_hidden_by_a_linked_stylesheet(read, name):
    # a portal page whose stylesheet is linked (`<link rel="stylesheet">`), kept as an MHTML part (`cid:css-…`) or in
    # the saved page's `_files` folder, hides last year's indicator row (`tr.old`), an old row (`.hid`) and the old
    # amount beside the new (`<span class="hid">720.00</span>680.00`). main: 6 indicators (the two hidden rows read),
    # budget_year None (`720.00680.00`, no figure)
    r = read(name)
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["budget_year"]) == (
        "城市社区养老服务设施运营补助", "某某区民政局", "某某区社会福利中心", 680 * W)
    assert indicator_targets(r) == [
        (P, N, "运营补助社区养老服务站数量", "=", 32.0, "个"),
        (P, N, "服务老年人人次", ">=", 8.0, "万人次"),
        (P, Q, "服务站星级评定达标率", ">=", 90.0, "%"),
        (S, SAT, "老年人满意度", ">=", 90.0, "%")]
    assert warning_codes(r) == []


SHOWN_TARGETS = [
    (P, N, "少年宫运行数量", "=", 12.0, "所"),
    (P, N, "受益学生人数", ">=", 4800.0, "人"),
    (P, Q, "活动开展达标率", ">=", 95.0, "%"),
    (P, T, "资金拨付时间", None, None, None),
    (P, C, "单个少年宫运行补助", "<=", 30000.0, "元"),
    (E, SO, "学生综合素质提升", None, None, None),
    (S, SAT, "学生及家长满意度", ">=", 90.0, "%")]


def test_form_typed_and_attached_as_an_icon(read):
    # main: 14 indicators, each twice (the workbook attached under the typed form read as a second copy), 7
    # duplicate_indicator warnings
    r = read("ct_s50_of3_typed_and_icon_attached.docx")
    p = only_project(r)
    assert (p["name"], p["unit"], p["budget_year"], p["budget_fiscal"], p["budget_other"], p["phone"]) == (
        "乡村学校少年宫运行补助", "邵阳县塘渡口镇中心学校", 36 * W, 30 * W, 6 * W, "0739-6821234")
    assert indicator_targets(r) == SHOWN_TARGETS
    assert warning_codes(r) == ["attachment_copy", "vague_target"]
    # a covering letter whose only form is the attachment shown as an icon: read (as on main)
    r = read("ct_s50_of3_letter_icon_attachment.docx")
    p = only_project(r)
    assert (p["name"], p["title"], p["budget_year"]) == ("乡村学校少年宫运行补助", "2025年度项目支出绩效目标表", 36 * W)
    assert indicator_targets(r) == SHOWN_TARGETS
    assert "attachment_copy" not in warning_codes(r)


@pytest.mark.parametrize("name", ["page_number", "running_head"])
def test_side_by_side_forms_under_a_centred_page_number(read, name):
    # pdf5's two rule-less forms side by side, `第 1 页，共 1 页` (or `- 1 -` and a running head) centred at the
    # page's foot. main: no gutter found (the footer's glyphs stand in it): the forms' rows interleaved — the first
    # project with no department, money, goal nor indicator (no_indicators), the second with the water project's
    # department and money (1,350 元), 13 indicators of both forms mixed (level 1 `水质检测合格率`)
    from tests.test_hunt_s46_pdf2 import _levels
    from make_s45_pq2 import SCHOOL, SCHOOL_TOP, WATER, WATER_TOP
    r = read(f"ct_s50_of3_side_by_side_{name}.pdf")
    ps = r.tables["projects"]
    assert [(p["name"], p["department"], p["unit"], p["budget_year"], p["budget_fiscal"], p["budget_other"],
             p["goal_annual"], p["title"]) for p in ps] == [
        (t["name"], t["dept"], t["unit"], *(float(m.replace(",", "")) * W for m in t["money"]), t["goal"],
         "项目支出绩效目标表") for t in (WATER_TOP, SCHOOL_TOP)]
    got = [(i["project_id"], i["level1"], i["level2"], i["level3"], i["target_raw"]) for i in r.tables["indicators"]]
    assert got == [(ps[0]["project_id"], *x) for x in _levels(WATER)] + [
        (ps[1]["project_id"], *x) for x in _levels(SCHOOL)]
    assert not warning_codes(r)


def test_renamed_office_97_file_opened_once(monkeypatch):
    # an Office 97-2003 workbook named .wps (hunt fm7's fixture): its streams are listed once, not in detect_format
    # and again in _extract_file. main: the compound file opened twice
    import olefile
    from jixiao import pipeline
    from tests.conftest import REVIEW
    opened = []
    real = olefile.OleFileIO

    class Counting(real):
        def __init__(self, *a, **k):
            opened.append(1)
            super().__init__(*a, **k)
    monkeypatch.setattr(olefile, "OleFileIO", Counting)
    getattr(pipeline._ole_kind, "cache_clear", lambda: None)()   # (a cache of an earlier read of the same bytes)
    r = pipeline.process_file(str(REVIEW / "ct_s49_fm7_workbook_named.wps"))
    assert len(r.tables["projects"]) == 1
    assert len(opened) == 1
