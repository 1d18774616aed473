"""Hunt pr7 (session 65): a head's and a foot's `label | value` pairs holding more than their label's value or less
(tests/fixtures/review/ct_s65_pr7_*, made by tests/fixtures/review/make_s65_pr7.py; each expectation written down by
hand before the run).

Decided: each person written with a number and no phone's label (`项目负责人 | 李四 139…`, `联系人及电话 | 张三 0991-…`):
the contact's the form's phone, the leader's kept as `项目负责人电话` (the leader's was the phone, the contact's lost);
a unit's stamp's place before its name (`（盖章）县…中心`) or a seal's word alone after it (`县…中心  盖章`) is no part
of it (both were kept in the unit); a `|` row of two cells under the indicators' four naming a foot's label
(`| 填报日期 | 2025年3月 |`, `| 填报单位 | （盖章）… |`, `| 联系人及电话 | … |`) ends the table (an indicator of no
target); an opinion on a colon line of its own (`财政部门审核意见：同意`) is kept as its cell's is (dropped); a signer's
empty place after an opinion's words (`同意。  经办人：  （盖章）`) no part of it, alone no opinion (`经办人：`); an
organ's name alone on the line under a government's or a party committee's (`主管部门：县人民政府` over `办公室`) the
name's end (`办公室` was dropped; review rv114's `中共县委` / `宣传部` the same); a sign-off role's phone on its row beside
the contact's (`单位负责人 | 张强 | 联系电话 | 139…`) kept as `单位负责人电话` (it was `联系电话`, or the form's phone).
Also (leftovers of earlier hunts): a procurement paper's title at the document's head (`…绩效评价服务磋商文件`,
`…采购需求`) gives no project though it names 绩效 (review rv106's); a line opening with a head field's label and a
space (`项目名称 应与…一致 实施单位 要按时报送绩效目标申报表`) is no title (md41's).
Kept: a contact's number in her cell, a leader's in brackets, a department's code and stamp, a stamp's place after a
unit, a month on a colon line, an opinion of its stamp's place only in a `|` row (each as before).
Left: a second body in the department's `|` cell (review rv114's strict xfail: glued by the text reader's row joiner).
"""
from __future__ import annotations

import pytest

from tests.hunt_tools import indicator_targets, only_project, other_fields, warning_codes

P = "ct_s65_pr7_"
NAME, DEPT, UNIT = "高标准农田建设项目", "县农业农村局", "县农田建设服务中心"
LEVELS = [("产出指标", "数量指标", "新建高标准农田面积"), ("产出指标", "质量指标", "工程验收合格率"),
          ("效益指标", "经济效益指标", "亩均粮食增产"), ("满意度指标", "服务对象满意度指标", "受益农户满意度")]
PEOPLE = ("王建国", "张三", "13812345678")


def _project(r) -> dict:
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"]) == (NAME, DEPT, UNIT)
    assert [t[:3] for t in indicator_targets(r)] == LEVELS
    assert p["budget_year"] == 7500000 and "not_a_form" not in warning_codes(r)
    return p


def _people(p) -> tuple:
    return p["leader"], p["contact"], p["phone"]


def test_each_person_written_with_a_number(read):
    # main: phone 13912345678 (the leader's), the contact's number lost
    p = _project(read(P + "two_phones_in_cells_tab.txt"))
    assert _people(p) == ("李四", "张三", "0991-7654321")
    assert other_fields(p) == {"项目负责人电话": "13912345678"}
    # the contact's number alone in her cell, the leader's in brackets beside a phone's row (as before)
    p = _project(read(P + "contact_phone_space_pipe.txt"))
    assert _people(p) == PEOPLE and other_fields(p) == {}
    p = _project(read(P + "leader_phone_bracket_tab.txt"))
    assert _people(p) == ("李四", "张三", "13812345678") and other_fields(p) == {"项目负责人电话": "0991-1234567"}


@pytest.mark.parametrize("name", ["unit_stamp_before_tab", "unit_seal_word_pipe"])
def test_the_units_stamp_before_its_name_or_bare_after_it(read, name):
    # main: unit `（盖章）县农田建设服务中心`, `县农田建设服务中心 盖章`
    p = _project(read(P + name + ".txt"))
    assert _people(p) == PEOPLE and other_fields(p) == {}
    # the stamp's place in brackets after the name, and after a department's coded name (as before)
    assert other_fields(_project(read(P + "unit_stamp_tab.txt"))) == {}
    p = _project(read(P + "dept_code_stamp_pipe.txt"))
    assert p["department_code"] == "101" and other_fields(p) == {}


def test_a_month_in_a_two_cell_pipe_row_under_the_indicators(read):
    # main: a fifth indicator `填报日期` of no target, the month lost
    p = _project(read(P + "fill_month_pipe.txt"))
    assert p["fill_date"] is None and other_fields(p) == {"填报日期": "2025年3月"}
    # on a colon line (as before)
    p = _project(read(P + "fill_month_colon.txt"))
    assert p["fill_date"] is None and other_fields(p) == {"填报日期": "2025年3月"}


def test_the_filers_rows_of_two_pipe_cells_under_the_indicators(read):
    # main: two more indicators (`填报单位`, `联系人及电话`), no contact nor phone
    p = _project(read(P + "foot_pipe_rows.txt"))
    assert _people(p) == PEOPLE and other_fields(p) == {}


def test_an_opinion_on_a_colon_line(read):
    # main: the line dropped with the ignored labels'
    p = _project(read(P + "opinion_finance_colon.txt"))
    assert other_fields(p) == {"财政部门审核意见": "同意"}
    # a clerk's empty place and the stamp's under the opinion's label: no opinion (main: both lines dropped)
    p = _project(read(P + "opinion_stamp_only_colon.txt"))
    assert other_fields(p) == {"财政部门审核意见": "同意"}
    # the stamp's place and a blank day in a `|` row of the head: no opinion (as before)
    assert other_fields(_project(read(P + "opinion_stamp_only_pipe.txt"))) == {}


def test_a_signers_empty_place_after_the_opinions_words(read):
    # main: `同意。 经办人：`
    p = _project(read(P + "opinion_signer_tab.txt"))
    assert other_fields(p) == {"财政部门审核意见": "同意。"}
    assert _people(p) == PEOPLE


def test_a_governments_office_wrapped_under_the_departments_pair(read):
    # main: department `县人民政府`, `办公室` kept under 主管部门 as a second body
    r = read(P + "dept_organ_wrapped_colon.txt")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"]) == (NAME, "县人民政府办公室", UNIT)
    assert _people(p) == PEOPLE and other_fields(p) == {}


def test_the_unit_heads_phone_under_the_contacts(read):
    # main: phone the contact's, the unit head's kept under 联系电话 as a second number of no one
    p = _project(read(P + "phones_unit_head_pipe.txt"))
    assert (p["contact"], p["phone"]) == ("张三", "13812345678")
    assert other_fields(p) == {"单位负责人": "张强", "单位负责人电话": "13905641234"}


def test_a_tender_document_buying_an_evaluation_gives_no_project(read):
    # main: a project `某县2024年度部门整体支出绩效评价服务` of three indicators (its 绩效 word spared it)
    r = read(P + "neg_eval_tender_doc.txt")
    assert r.tables["projects"] == [] and r.tables["indicators"] == []


def test_a_notice_line_of_two_head_labels_is_no_title(read):
    # md41's fixture (main: the notice's line the title, md41's strict xfail)
    p = only_project(read("ct_s62_md41_notice_ends_form_name.txt"))
    assert p["title"] == "2025年度项目支出绩效目标申报表"
    # one label before a title's words stays the title (as before)
    p = only_project(read("ct_s34_bu_under_dept.pdf"))
    assert p["title"] == "部门（单位） 整体支出绩效目标申报表" and p["department"] == "铜陵市统计局"
