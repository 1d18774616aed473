"""Hunt BC (other 上海 districts' 申报表, 山西 counties' 自评表 with 评分表, towns' 考核任务分解表, dumped by the same
converter as the samples): tests/fixtures/review/ct_s33_bc_*, each read as the form says."""
from __future__ import annotations

from pathlib import Path

from jixiao.pipeline import process_file

REVIEW = Path(__file__).parent / "fixtures" / "review"


def _review(name):
    return process_file(REVIEW / name)


def _inds(t):
    return [(i["level1"], i["level2"], i["level3"], i["target_raw"], i["note"]) for i in t["indicators"]]


def _codes(t, *codes):
    return [w for w in t["warnings"] if w["code"] in codes]


def test_a_score_row_whose_level_2_is_jixiao_mubiao_is_no_new_form():
    """`| 绩效目标 | 绩效目标合理性 | 10 | 9` in a 评分表 (the 2020 framework's level 2 under 投入 / 决策) after the form's
    `年度绩效目标 | …` row: it was a second 年度绩效目标 starting a nameless form, which took the grade and the people
    under the table, the score rows after it unparsed_row and the project's score 99 lost. (The footer's 单位负责人 is
    the unit's head, no 项目负责人: other_fields.)"""
    r = _review("ct_s33_bc_score_level2_jixiao_mubiao.txt")
    t = r.tables
    assert [(p["name"], p["goal_annual"], p["score"], p["grade"], p["leader"], p["contact"], p["phone"], p["other_fields"])
            for p in t["projects"]] == [("计量标准装置更新购置", "更新购置计量标准装置6套。", 99.0, "优", None, "赵晓燕",
                                         "0350-3336021", '{"单位负责人": "李建国"}')]
    assert [(s["level2"], s["level3"], s["weight"], s["score"]) for s in t["scores"]] == [
        ("项目立项", "立项依据充分性", 10.0, 10.0), ("绩效目标", "绩效目标合理性", 10.0, 9.0),
        ("产出数量", "实际完成率", 80.0, 80.0)]
    assert r.document["status"] == "ok"
    assert not _codes(t, "unparsed_row", "header_missing", "weights_not_100")


def test_minhang_2020_rows_with_an_empty_note_keep_their_columns():
    """闵行 2020's `| 二级目标 | 三级目标 | 目标值 | 备 注` head written one column left of its rows (`绩效目标 | 产出目标 |
    数量 | name | target | note`): a row whose 备注 is empty and whose target is a word (`提升`, `健全`) or whose levels
    are both merged was read one column off, the name as the target, the target as the note, a level lost."""
    r = _review("ct_s33_bc_minhang2020_empty_note.txt")
    assert _inds(r.tables) == [
        ("产出目标", "数量", "首席质量官培训人次", "≥200人次", "培训签到表"),
        ("产出目标", "数量", "背街小巷整治条数", "18条", None),
        ("效果目标", "社会效益", "企业质量意识", "提升", None),
        ("影响力目标", "长效管理", "三级督导考评制度", "健全", None),
        ("影响力目标", "满意度", "参训企业满意度", "≥90%", "问卷调查")]
    assert r.document["status"] == "ok"


def test_a_filled_goal_span_is_no_goal_total():
    """闵行 2022's `项目总目标` over `(2023年 - 2025年)` (the template's `(年 - 年)` filled in), then the goal: the span was
    read as goal_total and the goal reported unparsed_row. The span is kept in other_fields."""
    r = _review("ct_s33_bc_goal_total_period_and_year_fiscal.txt")
    p, = r.tables["projects"]
    assert p["goal_total"] == "三年内实现全区13个街道（镇）公共文化配送全覆盖。"
    assert p["goal_annual"] == "2023年完成公共文化配送600场次。"
    assert '"项目总目标期间": "2023年-2025年"' in p["other_fields"]
    assert r.document["status"] == "ok"
    assert not _codes(r.tables, "unparsed_row")


def test_the_years_fiscal_money_beside_the_projects_total():
    """`项目资金总额 | 3,150,000 | 年度资金申请总额 | 1,050,000` over `其中：财政资金 | 3,150,000 | 其中：当年财政拨款 |
    980,000` and `| | 上年结转资金 | 70,000`: budget_fiscal is the year's 当年财政拨款 (docs/SCHEMA.md), not the
    project's 财政资金 (3,150,000 was read); 上年结转资金 is a source of the year's money, not a part of 财政资金."""
    t = _review("ct_s33_bc_goal_total_period_and_year_fiscal.txt").tables
    p, = t["projects"]
    assert (p["budget_total"], p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (
        3150000.0, 1050000.0, 980000.0, None)
    assert [(b["kind"], b["group"], b["name"], b["amount"]) for b in t["budget_items"]] == [
        ("source", "项目资金", "上年结转资金", 70000.0)]


def test_a_department_code_in_a_cell_of_its_own():
    """`主管部门及代码 | | 平遥县市场监督管理局 | 126` (山西 自评表, 中央 templates: the name and the code in two cells): the
    code was lost without a word; `主管部门及代码 | | 126 | 平遥县市场监督管理局` lost the name."""
    for name in ("ct_s33_bc_dept_code_own_cell.txt", "ct_s33_bc_dept_code_before_name.txt"):
        r = _review(name)
        p, = r.tables["projects"]
        assert (p["department"], p["department_code"], p["unit"]) == (
            "平遥县市场监督管理局", "126", "平遥县食品药品检验检测中心"), name
        assert r.document["status"] == "ok"


def _items(t):
    return [(a["item_no"], a["section"], a["content"], a["points"], a["requirement"], a["cap"], a["kind"])
            for a in t["assessment_items"]]


def test_a_numbered_line_of_a_requirement_cell_on_a_row_of_its_own_is_joined():
    """`| 一 | 组织领导 | 1、健全质量工作机制 | 5分 | （1）调整…；| 经济发展办公室`, then `| | | | | （2）落实…。 |` (a line break in
    the 考核要求 cell, the dump's next line, every other cell empty): the requirement was cut at （1）, the （2） line an
    unparsed_row."""
    r = _review("ct_s33_bc_assessment_cell_lines.txt")
    assert _items(r.tables) == [
        (1, "组织领导", "健全质量工作机制", 5.0, "（1）调整镇质量工作领导小组，明确牵头部门；（2）落实专职人员和专项工作经费。", None,
         "base"),
        (2, "组织领导", "部署年度质量工作", 5.0, "召开领导小组全体会议不少于1次。", None, "base")]
    assert r.document["status"] == "ok"


def test_a_penalty_items_points_a_time_beside_the_sections_cap_and_the_sign_off_under_the_table():
    """`二 | 扣分项（最高扣10分） | 2、发生…的 | 每起扣5分 | …`: the item's points a time were lost (points null, the text
    nowhere), the section's cap read; docs/SCHEMA.md keeps the item's points when the cap is stated elsewhere. The
    office and the date under the table (`泗泾镇质量工作领导小组办公室`, `2022年3月`) were two unparsed_row."""
    r = _review("ct_s33_bc_penalty_points_and_signoff.txt")
    assert _items(r.tables) == [
        (1, "组织保障", "健全镇质量工作领导小组及其办公室", 10.0, "领导小组成员调整及时", None, "base"),
        (2, "扣分项（最高扣10分）", "发生质量安全责任事故被上级通报的", 5.0, "以上级通报文件为准", 10.0, "penalty"),
        (3, "加分项（最高加5分）", "获得区级及以上政府质量奖的", 2.0, "以获奖文件为准", 5.0, "bonus")]
    assert r.document["status"] == "ok"
    assert not _codes(r.tables, "unparsed_row")


def test_points_a_time_are_the_items_points_never_its_cap():
    """`每起扣5分` with no cap stated anywhere is the item's points (the most it takes is not said); a bare `扣2分` in the
    分值 column of a 加分项 row with no other cap stays the cap, as a bare figure does."""
    from normalize.records import normalize_assessment_item
    got = normalize_assessment_item({"content": "1、发生事故的", "section": "扣分项", "points": "每起扣5分"})
    assert (got["points"], got["cap"], got["kind"]) == (5.0, None, "penalty")
    got = normalize_assessment_item({"content": "2、获奖的", "section": "加分项", "points": "5分/项"})
    assert (got["points"], got["cap"]) == (5.0, None)
    got = normalize_assessment_item({"content": "2、获奖的", "section": "加分项", "points": "加2分"})
    assert (got["points"], got["cap"]) == (None, 2.0)


def test_the_composition_label_left_of_a_composition_table_is_its_block_label():
    """`项目构成 | 60-79周岁老人用餐补贴 | 3,240,000 | 3元/餐×108万餐` under `| 项目明细 | 金额 | 测算依据` (the label merged down
    over the lines): the lines were read right, but 项目构成 was an unplaced_cell and the file partial."""
    r = _review("ct_s33_bc_composition_block_label.txt")
    assert [(b["kind"], b["name"], b["amount"], b["note"]) for b in r.tables["budget_items"]] == [
        ("composition", "60-79周岁老人用餐补贴", 3240000.0, "3元/餐×108万餐"),
        ("composition", "新建社区长者食堂建设补贴", 500000.0, "25万元/家×2家")]
    assert r.document["status"] == "ok"
    assert not _codes(r.tables, "unplaced_cell")
