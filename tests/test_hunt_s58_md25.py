"""Mend md25 (session 58): md17's rules against older tests of tests/test_generic.py that the targeted runs missed
(three failed after md17: an allocation table by place and project, `序号 | 单位 | 项目 | 金额`, its lines named by the
places; a 收入 | 支出 table's `资金用途` read as a name of lines; the 龙岩 template's groups). Decided: the offices
name a table's lines only where no column of no money role stands beside them (seq, amount and note only); 资金用途 no
name of lines. The older tests are the guards; these pin md17's own readings beside them."""
from __future__ import annotations

from parsers.core import _offices_name_lines


class _C:
    def __init__(self, text):
        self.text = text


def _named(*roles):
    return [(_C(str(k)), r) for k, r in enumerate(roles)]


def test_offices_name_lines_alone_beside_amounts():
    named = _named({"budget": ("seq", 1.0)}, {"people": ("office", 1.0)}, {"budget": ("amount", 1.0)})
    got = _offices_name_lines(named)
    assert got[1][1]["budget"] == ("name", 1.0)


def test_offices_beside_a_column_of_no_money_role_name_nothing():
    named = _named({"budget": ("seq", 1.0)}, {"people": ("office", 1.0)}, {}, {"budget": ("amount", 1.0)})
    assert _offices_name_lines(named) is named
