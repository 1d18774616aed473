"""Mends md13 of the session's read-only code review rd (report findings 8, 9, 11, and ti13's findings 1, 5, 6,
7, 10 when they land here).

Decided: a range with 内 after it reads as the range in any unit (`3-5万元以内`, as `2-4小时以内`) — tg15's comment
said only a time limit; a formula warning names a sheet whose name starts with a digit in quotes, as Excel writes it
(`'2024年'!B2`); `_AFTER_EVENT`'s look-ahead that could never reject a Han character is gone (the reading unchanged).
"""
from __future__ import annotations

import openpyxl
import pytest

from jixiao.pipeline import process_file
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
