"""Hunt BG (the people and dates on forms: sign-off lines and cells under, above and inside a form — 单位负责人, 财务负责人,
分管领导, 审核人, 填表人, 联系电话, 填报日期, `（签字）` marks, blank dates): tests/fixtures/review/ct_s34_bg_*."""
from __future__ import annotations

import json
from pathlib import Path

from jixiao.pipeline import process_file

REVIEW = Path(__file__).parent / "fixtures" / "review"


def _review(name):
    return process_file(REVIEW / name)


def _people(t):
    return [(p["leader"], p["contact"], p["phone"], p["fill_date"] and str(p["fill_date"]),
             json.loads(p["other_fields"]) if p["other_fields"] else None) for p in t["projects"]]


def _codes(t, *codes):
    return [w for w in t["warnings"] if w["code"] in codes]


def test_unit_head_first_on_the_footer_line_is_no_leader():
    """`单位负责人：张建华  财务负责人：李秀英  填表人：王晓东  联系电话：…` under a 申报表: 单位负责人 (the unit's head) was read
    as the project's leader (项目负责人) and 财务负责人 dropped; the pairs after it are read whatever the first label."""
    r = _review("ct_s34_bg_footer_unit_head_first.txt")
    assert _people(r.tables) == [(None, "王晓东", "0351-4567890", "2023-03-15",
                                  {"单位负责人": "张建华", "财务负责人": "李秀英"})]
    assert len(r.tables["indicators"]) == 6


def test_a_footer_line_opening_with_a_role_of_no_column():
    """`分管领导：赵刚　　审核人：钱进　　经办人：孙丽　　联系电话：…　　填表日期：2023-03-15`, and a PDF's line with one
    space between the pairs opening with 财务负责人: the roles were lost (kept now in other_fields), the rest read."""
    r = _review("ct_s34_bg_footer_roles_first.txt")
    assert _people(r.tables) == [(None, "孙丽", "0351-7654321", "2023-03-15", {"分管领导": "赵刚", "审核人": "钱进"})]
    r = _review("ct_s34_bg_footer_one_space_finance_first.txt")
    assert _people(r.tables) == [(None, "王晓东", "0351-4567890", "2023-03-15", {"财务负责人": "李秀英"})]


def test_sign_marks_and_a_blank_date_keep_the_line_of_pairs():
    """`单位负责人（签字）：     填表人（签字）：王芳     日期：2023年  月  日`: the blank month and day, pieces between gaps,
    made the line no row of pairs and 填表人 was lost; the 项目负责人 of the cover rows stays the leader."""
    r = _review("ct_s34_bg_footer_sign_marks_blank_date.txt")
    assert _people(r.tables) == [("陈刚", "王芳", "13903511234", None, None)]


def test_pairs_above_the_table_and_cover_rows():
    """`填报单位（盖章）：…　　单位负责人：李明　　填报日期：2023-03-15　　金额单位：万元` above the table (李明 was the
    leader); `单位负责人 | 郭志强 | 项目负责人 | 马丽` in the cover rows (郭志强 dropped). A footer's 项目负责人 stays the
    leader."""
    r = _review("ct_s34_bg_pairs_above_table.txt")
    assert _people(r.tables) == [(None, "赵敏", "0356-2221234", "2023-03-15", {"单位负责人": "李明"})]
    assert [p["unit"] for p in r.tables["projects"]] == ["晋城市水务局"]
    assert [p["budget_year"] for p in r.tables["projects"]] == [380000.0]
    r = _review("ct_s34_bg_cover_unit_head_beside_leader.txt")
    assert _people(r.tables) == [("马丽", "田甜", "0352-5012345", None, {"单位负责人": "郭志强"})]
    r = _review("ct_s34_bg_footer_project_leader_guard.txt")
    assert _people(r.tables) == [("陈静", None, "0355-2223333", "2024-01-20", None)]


def test_xlsx_footer_row_of_label_cells_is_no_indicator():
    """A sheet's `单位负责人： | 张华 | 财务负责人： | 李丽 | 填表人： | 王敏 | 联系电话： | …` under the indicators: it was read
    as the table's row (a phantom indicator `张华 / 财务负责人 / 李丽`, four unplaced_cell, contact and phone lost)."""
    r = _review("ct_s34_bg_footer_label_cells.xlsx")
    t = r.tables
    assert _people(t) == [(None, "王敏", "0351-8881234", "2023-03-15", {"单位负责人": "张华", "财务负责人": "李丽"})]
    assert [i["level3"] for i in t["indicators"]] == ["勘察设计面积", "设计方案评审通过率", "设计完成时间", "每亩设计费用",
                                                      "农田基础设施条件", "项目区农户满意度"]
    assert not _codes(t, "unplaced_cell", "unparsed_row")
    assert r.document["status"] == "ok"


def test_footer_in_a_table_row_and_in_one_cell():
    """A DOCX self-evaluation's last table row `单位负责人 | 赵军 | 财务负责人 | 李娟 | 填表人 | …` and a sheet's whole
    footer in one cell: 单位负责人 was the leader."""
    r = _review("ct_s34_bg_footer_row_cells.docx")
    assert _people(r.tables) == [(None, "孙伟", "0353-2021234", None, {"单位负责人": "赵军", "财务负责人": "李娟"})]
    r = _review("ct_s34_bg_footer_one_cell.xlsx")
    assert _people(r.tables) == [(None, "孙强", "0355-2051234", "2024-01-20", {"单位负责人": "赵明", "财务负责人": "钱芳"})]
    assert [p["score"] for p in r.tables["projects"]] == [97.8]


def test_pdf_phone_number_wrapped_at_its_hyphen():
    """A PDF's footer line wrapped at `0351-` (the number whole on the next line, the line short of the edge by less
    than it) gave the phone `0351-`; a narrow footer cell's `0355-` / `2051234` gave `0355- 2051234`."""
    r = _review("ct_s34_bg_footer_phone_wrapped.pdf")
    assert _people(r.tables) == [(None, "王晓东", "0351-4567890", "2023-03-15",
                                  {"单位负责人": "张建华", "财务负责人": "李秀英"})]
    r = _review("ct_s34_bg_footer_pair_cells_phone_wrapped.pdf")
    assert _people(r.tables) == [(None, "孙强", "0355-2051234", None, {"单位负责人": "赵明", "财务负责人": "钱芳"})]


def test_a_footer_pair_alone_on_its_line_under_the_table():
    """`单位负责人：张建华` alone on the line right under the indicators, then 财务负责人 / 填表人 / 联系电话 a line each: with
    单位负责人 no field, the line was taken for a row of the table and lost."""
    r = _review("ct_s34_bg_footer_one_pair_a_line.txt")
    assert _people(r.tables) == [(None, "王晓东", "0351-4567890", None, {"单位负责人": "张建华", "财务负责人": "李秀英"})]
    assert len(r.tables["indicators"]) == 6
