"""Hunt BX (session of 2026-12-03, second): a 项目支出绩效目标表 as the appendix of a long 项目申报书 / 预算编制说明
(numbered prose chapters, a 项目预算明细表 and a 进度安排表 among them); inputs in tests/fixtures/review/ct_s34_bx_*."""
from __future__ import annotations

from pathlib import Path

from jixiao.pipeline import process_file

REVIEW = Path(__file__).parent / "fixtures" / "review"

IND = [("产出指标", "数量指标", "培训人次", "≥500人次"), ("产出指标", "数量指标", "编印教材", "2000册"),
       ("产出指标", "质量指标", "培训合格率", "≥95%"), ("产出指标", "时效指标", "完成时间", "2025年12月底前"),
       ("产出指标", "成本指标", "人均培训成本", "≤800元"), ("效益指标", "社会效益指标", "新增就业人数", "≥300人"),
       ("效益指标", "可持续影响指标", "技能人才队伍", "持续壮大"),
       ("满意度指标", "服务对象满意度指标", "学员满意度", "≥90%")]


def _inds(t):
    return [(i["level1"], i["level2"], i["level3"], i["target_raw"]) for i in t["indicators"]]


def test_single_cell_dump_with_prose_paragraphs_reads_the_appendix_form():
    """LibreOffice's text export of the 申报书 (one table cell per line, prose paragraphs whose repeated indent
    `。　　` sits inside a line): the indents were taken for column gaps, the text not read as one cell per line,
    and the form came out as two half projects with no indicator (no_indicators)."""
    t = process_file(REVIEW / "ct_s34_bx_shenbao_single_cells.txt").tables
    assert len(t["projects"]) == 1
    p = t["projects"][0]
    assert (p["name"], p["department"], p["unit"]) == ("职业技能提升培训项目", "某区人力资源和社会保障局",
                                                       "某区职业技能培训中心")
    assert (p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (1200000.0, 1000000.0, 200000.0)
    assert p["goal_annual"].startswith("完成500人次职业技能培训")
    assert _inds(t) == IND
    assert [(b["name"], b["amount"]) for b in t["budget_items"]] == [
        ("师资课酬", 400000.0), ("教材编印", 200000.0), ("场地租赁", 600000.0)]
    assert not [w for w in t["warnings"] if w["code"] == "no_indicators"]


def test_prose_item_leader_then_phone_keeps_no_comma():
    """`（三）项目负责人：王某某，联系电话：0571-88001234`: the leader was `王某某，` (the comma between the pairs)."""
    t = process_file(REVIEW / "ct_s34_bx_shenbao_appendix_form.docx").tables
    assert len(t["projects"]) == 1
    p = t["projects"][0]
    assert (p["leader"], p["phone"]) == ("王某某", "0571-88001234")
    assert _inds(t) == IND
    # the 进度安排表 (`培训人数≥500人` in its 完成标志 column) makes no indicator
    assert not any("培训人数" in (i["level3"] or "") for i in t["indicators"])


def test_budget_note_pdf_guard():
    """Guard: the 预算编制说明 printed to PDF: one project, its money, five indicators, the 明细表 in 元."""
    t = process_file(REVIEW / "ct_s34_bx_yusuan_shuoming.pdf").tables
    assert [(p["name"], p["budget_year"], p["budget_fiscal"]) for p in t["projects"]] == [
        ("老旧小区综合改造项目", 6000000.0, 6000000.0)]
    assert len(t["indicators"]) == 5
    assert [(b["name"], b["amount"]) for b in t["budget_items"]] == [
        ("外立面改造", 4200000.0), ("管网更新", 1700000.0), ("监理费", 100000.0)]


def test_budget_table_by_subjects_names_its_lines():
    """A 项目预算明细表 `一级科目 | 二级科目 | 经济分类 | 金额 | 备注` in a 实施方案: every line's name was null, its
    一级科目 dropped (unplaced_cell) and its 二级科目 put in the note; the 实施计划 table (`预期目标` column) makes no
    indicator."""
    t = process_file(REVIEW / "ct_s34_bx_budget_subjects_table.docx").tables
    assert [(b["group"], b["name"], b["amount"]) for b in t["budget_items"]] == [
        ("资本性支出", "设备购置", 900000.0), ("资本性支出", "基础设施建设", 250000.0),
        ("商品和服务支出", "委托业务费", 50000.0)]
    assert not [w for w in t["warnings"] if w["code"] == "unplaced_cell"]
    assert len(t["projects"]) == 1 and len(t["indicators"]) == 6
    assert [(i["target_raw"], i["op"], i["value"], i["unit"]) for i in t["indicators"]][2:4] == [
        ("≤0.8万元", "<=", 8000.0, "元"), ("约12万元", "~", 120000.0, "元")]


def test_cover_page_naming_the_appendix_form_s_project_is_no_project():
    """A 申报书's cover (`项目名称：职业技能提升培训`, `申报单位（盖章）：…`, `申报日期：2024年10月` on lines of their own)
    over chapters and the appendix form of `职业技能提升培训项目`: the cover came out as a project of its own (no
    money, no indicator, year 2024 from the 申报日期). It is a cover now (not_a_form). Left: the prose chapter's
    `（一）项目名称：区职业技能提升培训（二期）` with its 预算明细表 still makes a second project (see CHANGELOG)."""
    t = process_file(REVIEW / "ct_s34_bx_cover_and_prose_names.docx").tables
    names = [p["name"] for p in t["projects"]]
    assert "职业技能提升培训" not in names
    assert names[-1] == "职业技能提升培训项目"
    assert [w for w in t["warnings"] if w["code"] == "not_a_form" and "cover page" in w["message"]]
    assert len(t["indicators"]) == 8
