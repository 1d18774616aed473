"""Hunt pr4 (session 62): label-value pairs of form heads (tests/fixtures/review/ct_s62_pr4_*.txt, made by
tests/fixtures/review/make_s62_pr4.py; each expectation written down by hand before the run).

Decided (wrong on main, fixed): a pair naming how to reach or to know the body (`传真`, `电子邮箱`, `统一社会信用代码`,
`预算单位编码`: labels.py names no column for them) is kept in other_fields as written, a cell of its own beside the
head's pairs (`联系人：赵丽 | 传真：…`), label and value cells (`传真 | 0551-…`) or a line of its own (main: dropped
without a word; `预算单位编码 | 207003` kept but an unparsed_row, its 预算 taken for money); `项目名称 全称 | …` names
the project (main: no label, the name lost); two phones under two labels (`办公电话：… | 手机：…`): the better-ranked
label's the phone, the other kept under its label (main: the first lost); the phone's bracketed pair a cell of its
own after the person's (`项目负责人 | 孙海涛 | （联系电话：139…）`, main: lost); a person's spaced label of three
characters after the name on one line (`… 负责人 孙海涛 联系电话 139…`, main: the name, the leader and the phone lost).
"""
from __future__ import annotations

import datetime

from tests.hunt_tools import indicator_targets, only_project, other_fields, warning_codes

P = "ct_s62_pr4_"
LEVELS = [("产出指标", "数量指标", "改造供水管网长度"), ("产出指标", "质量指标", "工程验收合格率"),
          ("效益指标", "社会效益指标", "农村自来水普及率"), ("满意度指标", "服务对象满意度指标", "受益群众满意度")]
HEAD = ("农村饮水安全巩固提升", "县水利局", "县农村供水服务中心", "孙海涛")


def _project(r) -> dict:
    p = only_project(r)
    assert p["budget_year"] == 3865000 and [t[:3] for t in indicator_targets(r)] == LEVELS
    assert p["fill_date"] == datetime.date(2024, 2, 26)
    assert warning_codes(r) == []
    return p


def _head(p) -> tuple:
    return p["name"], p["department"], p["unit"], p["leader"]


def test_a_fax_cell_beside_the_contacts_pairs(read):
    # main: the fax dropped without a word
    p = _project(read(P + "fax_cell.txt"))
    assert _head(p) == HEAD and (p["contact"], p["phone"]) == ("赵丽", "0551-62831456")
    assert other_fields(p) == {"传真": "0551-62831457"}


def test_a_fax_and_an_email_in_label_and_value_cells(read):
    # main: the fax dropped without a word (its label of two characters no label of a lost pair)
    p = _project(read(P + "fax_cells.txt"))
    assert _head(p) == HEAD and (p["contact"], p["phone"]) == ("赵丽", "0551-62831456")
    assert other_fields(p) == {"传真": "0551-62831457", "电子邮箱": "zhaoli@ahwater.cn"}


def test_a_credit_code_and_a_budget_units_code_on_lines_of_their_own(read):
    # main: both dropped without a word
    p = _project(read(P + "credit_code.txt"))
    assert _head(p) == HEAD and (p["department_code"], p["project_code"]) == (None, None)
    assert other_fields(p) == {"统一社会信用代码": "12340100MB0P12345K", "预算单位编码": "207003"}


def test_a_budget_units_code_row_is_no_money(read):
    # main: kept, but an unparsed_row (its 预算 read as money's)
    p = _project(read(P + "unit_code_row.txt"))
    assert _head(p) == HEAD and p["department_code"] is None
    assert other_fields(p) == {"预算单位编码": "207003"}


def test_a_names_label_asking_the_full_name(read):
    # main: no name, an unparsed_row
    p = _project(read(P + "full_name.txt"))
    assert _head(p) == HEAD and other_fields(p) == {}


def test_two_phones_under_two_labels(read):
    # main: phone 139…, the office phone lost without a word
    p = _project(read(P + "two_phones.txt"))
    assert _head(p) == HEAD and p["phone"] == "13905510123"
    assert other_fields(p) == {"办公电话": "0551-62831456"}


def test_a_phones_bracketed_pair_in_a_cell_after_label_and_value_cells(read):
    # main: the phone lost
    p = _project(read(P + "bracket_cells.txt"))
    assert _head(p) == HEAD and p["phone"] == "13905510123" and other_fields(p) == {}


def test_a_leaders_spaced_label_of_three_characters_after_the_name(read):
    # main: the name, the leader and the phone lost
    p = _project(read(P + "spaced_leader.txt"))
    assert _head(p) == HEAD and (p["contact"], p["phone"]) == (None, "13905510123")
    assert other_fields(p) == {}
