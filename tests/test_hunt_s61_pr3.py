"""Hunt pr3 (session 61): the label-value pairs of a form's head in shapes hunt pr2 left or none tried
(tests/fixtures/review/ct_s61_pr3_*.txt, made by tests/fixtures/review/make_s61_pr3.py; each expectation written down
by hand before the run).

Decided (wrong on main, fixed): a head's label spelled with a space between its characters after a value
(`项目名称 校园安全监控改造  负 责 人 王建国`) starts the next pair (main: the name ran on, `…改造负责人王建国`); a row of
the form's pairs in cells between two indicator rows (`联系人：王芳 | 联系电话：…`) is read as the form's fields and the
table goes on (main: the table ended there, the rows after it unparsed); a contact's pair in brackets followed by the
next pair (`李明（联系电话：138…）填报日期：…`) is the leader, the phone and the day (main: `李明（`, `138…）`); a 填报人
beside a 联系人 naming another person is kept in other_fields under 填报人 (main: dropped without a word); a deed's
words after a body's label and a space (`主管部门 如期完成了项目竣工验收`, no stop) are a sentence, no department (main:
the department; rv76's strict xfail mended); a body's label asking for the full name (`实施单位 全称 | 市第一中学`) is
the unit's label (main: no unit, unparsed_row).
Kept (guards, right on main): a label word opening a sentence (`实施单位 按期完成了全部建设任务，…`) makes no pair; a
head written as one sentence (`本项目由市教育局主管，市第一中学实施，负责人李明。`) is not read (prose, no label: a
report's line as often); a seal's or a signature's note after a label (`项目负责人（签字）：李明`); a head's row of four
cells, one value cell empty (no department, nothing shifted); a phone cell of two numbers kept as written.
"""
from __future__ import annotations

import datetime

from tests.hunt_tools import indicator_targets, only_project, other_fields, warning_codes

P = "ct_s61_pr3_"
LEVELS = [("产出指标", "数量指标", "新增监控点位"), ("产出指标", "质量指标", "设备验收合格率"),
          ("效益指标", "社会效益指标", "校园安全事件发生率"), ("满意度指标", "服务对象满意度指标", "师生满意度")]


def _project(r) -> dict:
    p = only_project(r)
    assert p["budget_year"] == 865000 and [t[:3] for t in indicator_targets(r)] == LEVELS
    assert warning_codes(r) == []
    return p


def _head(p) -> tuple:
    return p["name"], p["department"], p["unit"]


def test_a_spaced_three_character_label_after_the_name(read):
    # main: name `校园安全监控改造负责人王建国`, no leader
    p = _project(read(P + "spaced_three.txt"))
    assert _head(p) == ("校园安全监控改造", "市教育局", "市第一中学")
    assert p["leader"] == "王建国" and other_fields(p) == {}


def test_a_label_opening_a_sentence_is_no_pair(read):
    p = _project(read(P + "sentence_label.txt"))
    assert _head(p) == ("校园安全监控改造", "市教育局", "市第一中学")
    assert other_fields(p) == {} and p["leader"] == "王建国"


def test_a_row_of_contact_pairs_between_indicator_rows(read):
    # main: the indicator table ended at the row, 师生满意度 in other_fields, two unparsed_row
    p = _project(read(P + "contact_between.txt"))
    assert (p["leader"], p["contact"], p["phone"]) == ("王建国", "王芳", "0371-12345678")
    assert other_fields(p) == {}


def test_a_phone_in_brackets_then_the_next_pair(read):
    # main: leader `李明（`, phone `13800000000）`
    p = _project(read(P + "bracket_mid.txt"))
    assert (p["leader"], p["phone"]) == ("李明", "13800000000")
    assert p["fill_date"] == datetime.date(2024, 3, 1) and other_fields(p) == {}


def test_a_head_written_as_one_sentence_is_not_read(read):
    p = _project(read(P + "one_sentence.txt"))
    assert _head(p) == ("校园安全监控改造", None, None) and p["leader"] is None


def test_a_signature_note_after_the_labels(read):
    p = _project(read(P + "signed.txt"))
    assert _head(p) == ("校园安全监控改造", "市教育局", "市第一中学")
    assert (p["leader"], p["contact"]) == ("李明", "张华") and other_fields(p) == {}


def test_four_cells_a_row_one_value_empty(read):
    p = _project(read(P + "four_pairs.txt"))
    assert _head(p) == ("校园安全监控改造", None, "市第一中学")
    assert p["leader"] == "李明" and other_fields(p) == {}


def test_a_phone_cell_of_two_numbers(read):
    p = _project(read(P + "two_phones.txt"))
    assert (p["leader"], p["phone"]) == ("李明", "0731-8823456、13800000000")


def test_compiler_leader_and_contact_kept_apart(read):
    # main: contact 王芳, the 填报人 张华 dropped without a word
    p = _project(read(P + "three_people.txt"))
    assert (p["leader"], p["contact"]) == ("李明", "王芳")
    assert other_fields(p) == {"填报人": "张华"}


def test_a_sentence_of_no_stop_opening_with_a_bodys_label(read):
    # main: department `如期完成了项目竣工验收`
    p = _project(read(P + "sentence_bare.txt"))
    assert _head(p) == ("校园安全监控改造", None, "市第一中学")
    assert p["fill_date"] == datetime.date(2024, 3, 5) and other_fields(p) == {}


def test_a_bodys_label_asking_for_the_full_name(read):
    # main: no unit, the row unparsed (unparsed_row)
    p = _project(read(P + "label_full.txt"))
    assert _head(p) == ("校园安全监控改造", "市教育局", "市第一中学") and p["leader"] == "王建国"
