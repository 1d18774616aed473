"""Mends md13 of the session's read-only code review rd (report findings 8, 9, 11, and ti13's findings 1, 5, 6,
7, 10 when they land here).

Decided: a range with 内 after it reads as the range in any unit (`3-5万元以内`, as `2-4小时以内`) — tg15's comment
said only a time limit; a formula warning names a sheet whose name starts with a digit in quotes, as Excel writes it
(`'2024年'!B2`); `_AFTER_EVENT`'s look-ahead that could never reject a Han character is gone (the reading unchanged).
A short year's day the form's year does not read (`填报日期 | 19.3.15` in a form of 2024) is kept under its label, not
lost (finding 1); a letter's list of attachments alone gives its first line as the title, not its last item (finding
5); the month alone is one group with a month of 1-12 (finding 7); `◎全额 ●差额` is a choice of a funding kind.
"""
from __future__ import annotations

import json
import re

import openpyxl
import pytest

from jixiao.pipeline import form_title, process_file
from normalize.dates import MONTH_ALONE
from parsers.core import _choice_words
from parsers.forms import _MONTH_ONLY
from normalize.targets import split_target


@pytest.mark.parametrize("text, want", [
    ("3-5万元以内", ("range", 30000.0, 50000.0, "元")),
    ("2-4小时以内", ("range", 2.0, 4.0, "小时")),
    ("验收后30日内", ("<=", 30.0, None, "日")),
    ("资金到位后1个月内", ("<=", 1.0, None, "个月")),
])
def test_ranges_and_limits_with_nei(text, want):
    t = split_target(text)
    assert (t.op, t.value, t.value_max, t.unit) == want, t


def test_after_event_qualifier_kept():
    t = split_target("验收后30日内")
    assert "验收后" in (t.qualifier or ""), t


def test_other_sheet_named_with_a_digit_is_quoted(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "参数"
    ws.append(["项目", "值"])
    ws.append(["填报日期", '=TEXT(TODAY(),"yyyy年m月d日")'])
    a = wb.create_sheet("2024年")
    a.append(["汇总表", ""])
    a.append(["日期", "='参数'!B2"])
    b = wb.create_sheet("汇总")
    b.append(["汇总表", ""])
    b.append(["日期", "='参数'!B2"])
    path = tmp_path / "digit_sheet.xlsx"
    wb.save(path)
    r = process_file(path)
    msgs = [w["message"] for w in r.tables["warnings"] if w["code"] == "formula_not_computed"]
    assert len(msgs) == 1, msgs
    assert "'2024年'!B2" in msgs[0] and "汇总!B2" in msgs[0], msgs


def test_short_year_day_of_another_year_kept_under_its_label(read):
    p = read("ct_s57_ti13_fill_short_year_far.txt").tables["projects"][0]
    assert p["fill_date"] is None
    assert json.loads(p["other_fields"] or "{}").get("填报日期") == "19.3.15", p["other_fields"]


def test_short_year_day_of_the_forms_year_still_read(read):
    p = read("ct_s57_ti13_fill_short_year.txt").tables["projects"][0]
    assert str(p["fill_date"]) == "2024-03-15"


def test_attachment_list_alone_gives_its_first_line():
    assert form_title(["附件：1.XX项目绩效目标表", "2.YY项目绩效目标表"]) == "附件：1.XX项目绩效目标表"
    assert form_title(["附件：1.XX项目绩效目标表", "2.YY项目绩效目标表", "ZZ项目绩效目标表"]) == "ZZ项目绩效目标表"


@pytest.mark.parametrize("text, month", [
    ("2024年3月", True), ("2024年03月份", True), ("2024.03", True), ("2024-12", True), ("二〇二四年三月", True),
    ("2019-20", False), ("2024.13", False), ("2024年13月", False), ("2024年0月", False),
])
def test_month_alone(text, month):
    assert bool(_MONTH_ONLY.match(text)) is month
    assert bool(re.fullmatch(MONTH_ALONE + "|x", text)) is month     # (one group: an alternation after it stays apart)


def test_funding_kind_is_a_choice():
    assert _choice_words(["全额", "差额"])
    assert not _choice_words(["10人", "20人"])
