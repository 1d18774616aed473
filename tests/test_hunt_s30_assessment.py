"""Hunt AJ (session 30): assessment / scoring documents (考核任务分解表, 评分细则, 目标管理考核评分表, 自评表 评分表).

The minimal forms of tests/fixtures/review/ct_s30_aj_* (README there), each read as the form says.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from jixiao.pipeline import process_file

REVIEW = Path(__file__).parent / "fixtures" / "review"
FIELDS = ("item_no", "section_no", "section", "group", "content", "points", "requirement", "responsible", "kind", "cap")


@lru_cache(maxsize=None)
def _read(name: str):
    return process_file(REVIEW / name)


def _items(name: str) -> list[tuple]:
    return [tuple(it[k] for k in FIELDS) for it in _read(name).tables["assessment_items"]]


def _codes(name: str) -> list[str]:
    return [w["code"] for w in _read(name).tables["warnings"]]


def test_penalty_and_bonus_rows_with_their_text_in_the_title_column():
    """`2 | 发生质量安全事件的，每起扣5分。 | | | 市场监管所` under `二 | 扣分项（最多扣10分）` (the item's text in the 考核项目
    column, its cell merged over 考核内容 …): the item, kind and cap from its section (the rows were dropped as
    unparsed_row)."""
    assert _items("ct_s30_aj_m01b_tsv_penalty_bonus_rows.txt") == [
        (1, "一", "组织保障", None, "工作机制：建立质量工作领导小组。", 5.0, "未成立的扣3分。", ["办公室"], "base", None),
        (2, "二", "扣分项（最多扣10分）", None, "发生质量安全事件的，每起扣5分。", 5.0, None, ["市场监管所"], "penalty", 10.0),
        (3, "三", "加分项（加分不超过5分）", None, "获得中国质量奖提名奖的加3分。", 3.0, None, ["质量发展股"], "bonus", 5.0),
        (4, "三", "加分项（加分不超过5分）", None, "经验被省级以上推广的，每次加1分。", 1.0, None, ["办公室"], "bonus", 5.0),
    ]
    assert "unparsed_row" not in _codes("ct_s30_aj_m01b_tsv_penalty_bonus_rows.txt")


def test_a_numbered_row_short_of_fields_is_no_cut_row():
    """`三 | 扣分项（最多扣10分）` then `8 | 发生…||| 各市场监管所` (2 + 5 fields, a table of 6), and `9 | …||| 办公室` then
    `四 | 加分项（…）`: rows each numbered in the first column, not one row a line break cut (they were glued: points
    from the next item's number, the section lost, items lost, status ok)."""
    name = "ct_s30_aj_m03_tsv_penalty_after_merged_row.txt"
    assert _items(name) == [
        (1, "一", "组织保障", None, "工作机制：建立质量工作领导小组，明确分管领导和专职联络员。", 5.0,
         "未成立领导小组的扣3分；未明确联络员的扣2分。", ["县市场监管局办公室"], "base", None),
        (2, "一", "组织保障", None, "工作机制：制定年度质量工作要点并于3月底前报送。", 5.0,
         "未制定的不得分；逾期报送的扣2分。", ["县市场监管局办公室", "质量发展股"], "base", None),
        (8, "三", "扣分项（最多扣10分）", None, "发生区域性、系统性质量安全事件的，每起扣5分。", 5.0, None,
         ["各市场监管所"], "penalty", 10.0),
        (9, "三", "扣分项（最多扣10分）", None, "考核材料弄虚作假的，每项扣2分。", 2.0, None,
         ["县市场监管局办公室"], "penalty", 10.0),
    ]
    assert _codes(name) == []


def test_a_merged_title_cell_left_empty_in_a_dump():
    """`2 | | 制定年度质量工作要点。 | 5 | …` under `1 | 工作机制 | …`: the title merged over both rows, its column left
    empty by the dump: the second item has the title too (as a sheet's merged cell gives it)."""
    got = _items("ct_s30_aj_m02_tsv_merged_title_empty.txt")
    assert [(x[0], x[4]) for x in got] == [(1, "工作机制：建立质量工作领导小组。"), (2, "工作机制：制定年度质量工作要点。")]


def test_a_bracketed_section_number_beside_a_capped_bonus_section():
    """One cell per line: `（二）` then `加分项（加分不超过5分）`: the section's number and name (the name was an
    unplaced cell, the bonus item kind base in the section above, the cap lost)."""
    name = "ct_s30_aj_m04_cellperline_bonus_section_cap.txt"
    assert _items(name) == [
        (1, "一", "质量基础", None, "建立质量工作领导机构。", 3.0, "出台文件。", ["经济发展办"], "base", None),
        (2, "二", "加分项（加分不超过5分）", None, "获得省级以上政府质量奖的，每项加2分。", 2.0, None, ["经济发展办"],
         "bonus", 5.0),
    ]
    assert _codes(name) == []


def test_a_task_merged_over_its_indicators_in_a_sheet():
    """序号 | 重点任务 | 具体指标 | 分值 | …, the task and its number merged over two 具体指标 rows: each indicator an
    item of the task (its group, its number), as for a task of one row (the 具体指标 text was lost for every item, the
    second row dropped)."""
    name = "ct_s30_aj_m05_xlsx_task_merged_over_subitems.xlsx"
    assert _items(name) == [
        (1, "一", "河长履职", "河长巡河", "县级河长每季度巡河不少于1次", 5.0, "每少1次扣1分", ["各乡镇"], "base", None),
        (1, "一", "河长履职", "河长巡河", "乡级河长每月巡河不少于1次", 5.0, "每少1次扣0.5分", ["各乡镇"], "base", None),
        (2, "一", "河长履职", "断面水质", "市控断面水质达标率100%", 5.0, "每有1个断面不达标扣5分",
         ["生态环境分局"], "base", None),
    ]
    assert _codes(name) == []


def test_a_penalty_item_numbered_in_the_group_column():
    """考核项目 | 考核内容 | 具体内容 | 分值 | 评分标准 with `二、扣分项 | 2.发生食品安全事故的 | 发生较大… | | 最多扣15分`: the
    group numbered as an item, of one row, gives an item (the row was dropped); its group that cell, as a group of
    one row is (test_generic.py::test_assessment_group_of_finer_items)."""
    name = "ct_s30_aj_m06_docx_penalty_item_in_group_column.docx"
    got = _items(name)
    assert [x[3] for x in got[:2]] == ["1.党政同责（10分）"] * 2
    assert got[2] == (None, "二", "扣分项", "2.发生食品安全事故的", "发生较大食品安全事故的每起扣10分", None, "最多扣15分", None,
                      "penalty", 15.0)
    assert _codes(name) == []


def test_a_numbered_title_column_under_section_rows_merged_across():
    """责任单位 | 考核指标 | 考核内容 | 评分标准 | 分值 with `区发改局 | 1.项目审批 | …` under `一、营商环境（20分）`: the
    numbered 考核指标 is the item's number and title, the section the row above's (the title was taken for the
    section, and a row without 分值 had its cells shifted, 实行一票否决 lost)."""
    assert _items("ct_s30_aj_m09_xlsx_numbered_title_column.xlsx") == [
        (1, "一", "营商环境", None, "项目审批：审批时限压缩至法定时限的50%以内", 10.0, "每超时1件扣1分", ["区发改局"],
         "base", None),
        (2, "一", "营商环境", None, "政务服务：“一网通办”事项占比≥90%", 10.0, "每低1个百分点扣0.5分",
         ["区政务服务中心"], "base", None),
        (3, "二", "一票否决", None, "廉政建设：发生重大违纪违法案件的", None, "实行一票否决", ["各单位"], "veto", None),
    ]


def test_grade_labels_pingjia_jielun_and_dengji():
    """`评价结论：优` (a workbook's 评分表 sheet) and `等级：优` under a 评分表: the grade; `等级` / `等次` heading a column
    of a list (`序号 | 单位名称 | 等级 | 数量`) gives none (`等次` gave the grade `数量`)."""
    assert _read("ct_s30_aj_m08_xlsx_grade_pingjia_jielun.xlsx").tables["projects"][0]["grade"] == "优"
    p = _read("ct_s30_aj_m10_txt_grade_dengji.txt").tables["projects"][0]
    assert (p["grade"], p["score"]) == ("优", 95.0)
    p = _read("ct_s30_aj_n1_dengji_column_head.txt").tables["projects"][0]
    assert (p["grade"], p["score"]) == (None, 95.0)
    p = _read("ct_s30_aj_n1b_dengci_column_head.txt").tables["projects"][0]
    assert (p["grade"], p["score"]) == (None, 95.0)
