"""Hunt AI (session 30): digital PDFs of 项目支出绩效自评表 / 目标表 in batches (reportlab STSong-Light, LibreOffice).

Each fixture is a minimal reproducer of the hunt (tests/fixtures/review/ct_s30_ai_*), read whole and checked field
by field.
"""
from __future__ import annotations

from pathlib import Path

from jixiao.pipeline import process_file

REVIEW = Path(__file__).resolve().parent / "fixtures" / "review"


def _read(name):
    r = process_file(REVIEW / name)
    return r.document, r.tables


def _levels(t):
    return [(i["level1"], i["level2"], i["level3"], i["target_raw"]) for i in t["indicators"]]


def test_a_running_header_holding_the_title_words_is_page_furniture():
    """`宜昌市自然资源和规划局2022年度项目支出绩效自评表` printed small at the top of both pages, over the form's own title
    `项目支出绩效自评表` (ct_s30_ai_m6): on page 2 it was read as a title, the indicator table going on under it lost its
    header (9 indicators -> 0, 9 unparsed rows) and the project took the header for its title."""
    doc, t = _read("ct_s30_ai_m6_pageheader_title.pdf")
    assert doc["status"] == "ok" and doc["n_projects"] == 1
    p = t["projects"][0]
    assert (p["name"], p["title"], p["year"], p["header_missing"]) == ("长江大保护生态修复工程", "项目支出绩效自评表", 2022, False)
    assert (p["budget_initial"], p["spent"], p["execution_rate"], p["score"]) == (24_000_000, 22_080_000, 0.92, 97.2)
    assert p["goal_annual"] == "完成长江岸线生态修复45公里，修复废弃矿山12处。"
    assert _levels(t) == [
        ("产出指标", "数量指标", "岸线生态修复长度", "≥45公里"),
        ("产出指标", "数量指标", "废弃矿山修复数量", "12处"),
        ("产出指标", "数量指标", "植被恢复面积", "≥300亩"),
        ("产出指标", "质量指标", "修复工程验收合格率", "100%"),
        ("产出指标", "质量指标", "苗木成活率", "≥85%"),
        ("产出指标", "时效指标", "工程完成时限", "2022年12月31日前"),
        ("效益指标", "生态效益指标", "长江干流水质", "稳定达到Ⅱ类"),
        ("效益指标", "社会效益指标", "地质灾害隐患消除率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%"),
    ]
    assert [i["score"] for i in t["indicators"]] == [10] * 8 + [8]
    assert not [w for w in t["warnings"] if w["code"] in ("unparsed_row", "weights_not_100")]


def test_running_header_rule_keeps_a_title_repeated_on_each_page():
    """A form's title at the same place on every page (one form a page, in large type) is no running header."""
    from extract.pdf import running_headers
    title = [(p, "项目支出绩效目标表", 48.0, 178.0, 400.0, 16.6, 8.3, 8.4, "项目名称") for p in (1, 2)]
    assert running_headers(title) == []
    small = [(p, "某局2022年度项目支出绩效自评表", 27.0, 57.0, 300.0, 9.0, 9.0, 14.0 if p == 1 else 9.0,
              "项目支出绩效自评表" if p == 1 else "一级指标") for p in (1, 2)]
    assert running_headers(small) == [(1, "某局2022年度项目支出绩效自评表", 27.0), (2, "某局2022年度项目支出绩效自评表", 27.0)]
    # the forms' only title (nothing larger below it on any page) stays
    only = [(p, "某局2022年度项目支出绩效自评表", 27.0, 57.0, 300.0, 9.0, 9.0, 9.0, "项目名称") for p in (1, 2)]
    assert running_headers(only) == []
    # the forms' own title in small type over each project's name in larger type (a review's probe) stays
    named = [(p, "2023年度项目支出绩效自评表", 27.0, 57.0, 300.0, 10.0, 10.0, 16.0, "城区道路维修项目") for p in (1, 2)]
    assert running_headers(named) == []


def test_two_forms_in_outer_frames_on_one_page():
    """Two 目标表 on one page, each drawn with an outer border only (ct_s30_ai_m7): the frames' top and bottom edges were
    taken for the row rules of one table, each form squashed into a few cells: nothing read, status ok."""
    doc, t = _read("ct_s30_ai_m7_two_box_forms.pdf")
    assert doc["status"] == "ok" and doc["n_projects"] == 2
    assert [(p["name"], p["title"], p["year"], p["budget_year"], p["goal_annual"]) for p in t["projects"]] == [
        ("海洋渔业资源增殖放流", "项目支出绩效目标表", 2023, 1_800_000, "放流各类苗种1.2亿尾，改善海洋渔业资源结构。"),
        ("渔船安全生产保障", "项目支出绩效目标表", 2023, 964_000, "全年不发生较大以上渔业安全生产事故。")]
    ids = [p["project_id"] for p in t["projects"]]
    assert [(ids.index(i["project_id"]),) + lv for i, lv in zip(t["indicators"], _levels(t))] == [
        (0, "产出指标", "数量指标", "放流苗种数量", "≥1.2亿尾"),
        (0, "满意度指标", "服务对象满意度指标", "渔民满意度", "≥90%"),
        (1, "产出指标", "数量指标", "渔船安全检查艘次", "≥1500艘次"),
        (1, "满意度指标", "服务对象满意度指标", "渔民满意度", "≥85%"),
    ]
    assert [(i["op"], i["value"], i["unit"]) for i in t["indicators"]] == [
        (">=", 1.2, "亿尾"), (">=", 90, "%"), (">=", 1500, "艘次"), (">=", 85, "%")]


def test_outer_border_only_labels_merged_over_rows_span_them():
    """A 目标表 drawn with an outer border only (ct_s30_ai_m1): `数量指标` over two rows stands on a line of its own between
    them, `产出指标` over three on the middle one's line; each was given to one row only (资助学生人数 had no level 2; in
    the hunt's file D the rows above a label took the group before's: 培训合格取证率 -> 数量指标)."""
    doc, t = _read("ct_s30_ai_m1_box_merged_levels.pdf")
    assert doc["status"] == "ok" and doc["n_projects"] == 1
    p = t["projects"][0]
    assert (p["name"], p["year"], p["budget_year"], p["goal_annual"]) == ("学生资助补助经费", 2020, 1_000_000, "应助尽助。")
    assert _levels(t) == [
        ("产出指标", "数量指标", "资助学生人数", "3400人"),
        ("产出指标", "数量指标", "资助批次", "2次"),
        ("产出指标", "质量指标", "认定准确率", "100%"),
        ("满意度指标", "服务对象满意度指标", "受助学生满意度", "≥95%"),
    ]
    assert [(i["op"], i["value"], i["unit"]) for i in t["indicators"]] == [
        ("=", 3400, "人"), ("=", 2, "次"), ("=", 100, "%"), (">=", 95, "%")]


def test_outer_border_only_goal_label_between_its_rows():
    """A 自评表 drawn with an outer border only, 7 points (ct_s30_ai_m2): `年度总体目标` centred between its two rows
    (`预期目标 | 实际完成情况` over the texts) on a line of its own: the goals were null and their row unparsed; the
    wrapped `服务对象满意度指` / `标` beside its row gave level 2 null."""
    doc, t = _read("ct_s30_ai_m2_box_goal.pdf")
    assert doc["status"] == "ok"
    p = t["projects"][0]
    assert p["goal_annual"] == "开展补贴性职业技能培训5万人次，取证率达到70%。"
    assert p["goal_actual"] == "完成培训5.2万人次，取证率72%。"
    assert (p["budget_initial"], p["budget_year"], p["spent"], p["execution_rate"], p["score"]) == (
        36_000_000, 36_000_000, 33_125_000, 0.9201, 94.2)
    assert _levels(t) == [("产出指标", "数量指标", "培训人次", "≥50000人次"),
                          ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%")]
    assert [(i["actual_raw"], i["weight"], i["score"]) for i in t["indicators"]] == [
        ("52000人次", 40, 40), ("91%", 50, 45)]
    assert not [w for w in t["warnings"] if w["code"] == "unparsed_row"]


def test_outer_border_only_money_label_wrapped_in_its_bracket():
    """`项目资金（` / `万元）` over the five rows of the money block, its two lines between the rows' lines (ct_s30_ai_m3):
    the 万元 was lost and every amount read 10,000 times too small (3600 元), with no warning."""
    doc, t = _read("ct_s30_ai_m3_box_money_label.pdf")
    assert doc["status"] == "ok"
    p = t["projects"][0]
    assert (p["budget_initial"], p["budget_year"], p["spent"], p["execution_rate"], p["score"]) == (
        36_000_000, 36_000_000, 33_125_000, 0.9201, 94.2)
    assert [(b["name"], b["amount"], b["kind"]) for b in t["budget_items"]] == [("当年财政拨款", 36_000_000, "source")]
    assert _levels(t) == [("产出指标", "数量指标", "培训人次", "≥50000人次"),
                          ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%")]


def test_outer_border_only_self_eval_over_two_pages():
    """The hunt's file D (ct_s30_ai_d): a 自评表 over two pages, outer border only, 12 points so cells wrap. `项目资金` on a
    row's line with `（万元）` under it on a line of its own: the money row was not read (budget_initial, spent,
    execution_rate null) and page 2's indicator rows were read as money lines (`81.5%` = 100000 元); merged levels
    went to one row (培训合格取证率 took 数量指标), wrapped names and targets were cut. Page 2's wrapped level labels cut
    over two rows (`社会效益指` / `标`) are still read apart (not checked here)."""
    doc, t = _read("ct_s30_ai_d_box_two_pages.pdf")
    assert doc["status"] == "ok" and doc["n_projects"] == 1
    p = t["projects"][0]
    assert (p["budget_initial"], p["budget_year"], p["spent"], p["execution_rate"]) == (
        36_000_000, 36_000_000, 33_125_000, 0.9201)
    assert [(b["name"], b["amount"], b["kind"]) for b in t["budget_items"]] == [("当年财政拨款", 36_000_000, "source")]
    assert len(t["indicators"]) == 13
    assert _levels(t)[:8] == [
        ("产出指标", "数量指标", "补贴性职业技能培训人次", "≥5万人次"),
        ("产出指标", "数量指标", "新增高技能人才数量", "≥6000人"),
        ("产出指标", "数量指标", "认定技能等级评价机构数", "≥20家"),
        ("产出指标", "数量指标", "企业新型学徒制培训人数", "≥1500人"),
        ("产出指标", "质量指标", "培训合格取证率", "≥70%"),
        ("产出指标", "质量指标", "补贴资金审核准确率", "100%"),
        ("产出指标", "时效指标", "补贴发放时限", "≤30个工作日"),
        ("产出指标", "成本指标", "人均培训补贴标准", "≤1500元"),
    ]
    limit = next(i for i in t["indicators"] if i["level3"] == "补贴发放时限")
    assert (limit["op"], limit["value"], limit["unit"], limit["actual_raw"]) == ("<=", 30, "个工作日", "28个工作日")
    assert [i["level3"] for i in t["indicators"]][8:] == ["培训后就业率", "重点群体培训占比", "技能人才队伍结构",
                                                         "参训人员满意度", "用人单位满意度"]
    assert sum(i["score"] for i in t["indicators"]) == 88


def test_outer_border_only_wrapped_cells():
    """A 自评表 drawn with an outer border only, 12 points (ct_s30_ai_m4): cells wrapped and centred on their row —
    `补贴性职业技能培训` / `人次` and `≤30个工作` / `日` on lines of their own above and below the row's line, `满意度指 |
    服务对象满` over the row and `标 | 意度指标` under it, `执行` / `率` and `92.01` / `%` in the money head, `项目资金` with
    `（万元）` under it. 3 indicators came out as 6 (names null, target `≤30个工作` unit 个工作, two made of fragments),
    budget_initial / spent / execution_rate null."""
    doc, t = _read("ct_s30_ai_m4_box_wrapped_cells.pdf")
    assert doc["status"] == "ok"
    p = t["projects"][0]
    assert (p["budget_initial"], p["budget_year"], p["spent"], p["execution_rate"], p["score"]) == (
        36_000_000, 36_000_000, 33_125_000, 0.9201, 94.2)
    assert _levels(t) == [("产出指标", "数量指标", "补贴性职业技能培训人次", "≥50000人次"),
                          ("产出指标", "时效指标", "补贴发放时限", "≤30个工作日"),
                          ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%")]
    assert [(i["op"], i["value"], i["unit"], i["actual_raw"], i["weight"], i["score"]) for i in t["indicators"]] == [
        (">=", 50000, "人次", "52000人次", 20, 20), ("<=", 30, "个工作日", "28个工作日", 20, 20),
        (">=", 90, "%", "91%", 50, 45)]
    assert not [w for w in t["warnings"] if w["code"] in ("unparsed_row", "target_missing", "weights_not_100")]
