"""Mend md35 (session 60) of review rd's findings C1 and C2 on hunt pr2's pairs (core.next_pairs, core.spaced_pair;
tests/fixtures/review/ct_s60_md35_*.txt, made by tests/fixtures/review/make_s60_md35.py; each expectation written down
by hand before the run).

Decided: a gap before the next pair inside round brackets closed after it is no cut (`市第一中学（联系人：张三 电话：
138…）`: the brackets' pairs, the contact and the phone, the unit 市第一中学; main: the unit `市第一中学（联系人：张三`
or `市第一中学（`, the phone `138…）`); a contact's or a phone's spaced pair after another head's spaced pair on the
same line is read (`项目名称 … 项目负责人 王建国 联系电话 138…`; main: the phone lost without a word).
Kept (guard): a covering letter's `联系人 王明` and `联系电话 …` lines above the form stay unread (hunt pr2).
"""
from __future__ import annotations

import pytest

from tests.hunt_tools import indicator_targets, only_project, other_fields, warning_codes

P = "ct_s60_md35_"
LEVELS = [("产出指标", "数量指标", "新增监控点位"), ("产出指标", "质量指标", "设备验收合格率"),
          ("效益指标", "社会效益指标", "校园安全事件发生率"), ("满意度指标", "服务对象满意度指标", "师生满意度")]


def _project(r) -> dict:
    p = only_project(r)
    assert p["budget_year"] == 865000 and [t[:3] for t in indicator_targets(r)] == LEVELS
    assert warning_codes(r) == []
    return p


def _head(p) -> tuple:
    return p["name"], p["department"], p["unit"]


@pytest.mark.parametrize("name", ["bracket_cell", "bracket_line", "bracket_gap"])
def test_a_contacts_pairs_in_the_units_brackets(read, name):
    # main: unit `市第一中学（联系人：张三` (cell, gap) or `市第一中学（` (line), phone `13800000000）`
    p = _project(read(P + name + ".txt"))
    assert _head(p) == ("校园安全监控改造", "市教育局", "市第一中学")
    assert (p["contact"], p["phone"], p["leader"]) == ("张三", "13800000000", "王建国")
    assert other_fields(p) == {}


def test_a_phones_spaced_pair_after_others_on_a_line(read):
    # main: the phone lost without a word
    p = _project(read(P + "spaced_phone.txt"))
    assert _head(p) == ("校园安全监控改造", "市教育局", "市第一中学")
    assert (p["leader"], p["phone"]) == ("王建国", "13800000000")


def test_a_contacts_spaced_pairs_after_the_name(read):
    # main: the contact and the phone lost
    p = _project(read(P + "spaced_contact.txt"))
    assert _head(p) == ("校园安全监控改造", "市教育局", "市第一中学")
    assert (p["leader"], p["contact"], p["phone"]) == ("王建国", "赵丽", "0731-8823456")


# (a strict xfail here, mended by hunt pr4 of session 62)
def test_a_short_contacts_label_after_the_name(read):
    p = _project(read(P + "spaced_contact_short.txt"))
    assert _head(p) == ("校园安全监控改造", "市教育局", "市第一中学")
    assert (p["contact"], p["phone"]) == ("赵丽", "0731-8823456")


def test_a_covering_letters_contact_lines_stay_unread(read):
    # guard (right on main, hunt pr2): the letter's 联系人 and 联系电话 are no pairs of the form's
    p = _project(read(P + "letter_above.txt"))
    assert _head(p) == ("校园安全监控改造", "市教育局", "市第一中学") and p["leader"] == "王建国"
    assert (p["contact"], p["phone"]) == (None, None)
