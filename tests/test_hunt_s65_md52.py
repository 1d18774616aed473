"""Mend md52 (session 65) of review rd65's groups 1 and 6.

- group 1 (normalize/targets.py, tg26 x rv122): a bracket between the figure and the deed's word is the target's note
  only when _is_note says so, as for a bracket after the word — `100%（户）完成`, `95%（%）合格`, `100%（5分）完成`,
  `100%（A）完成`, `100%（标准煤）完成` are text, as `100%完成（户）` is (they read `=` the figure, the unit or the score's
  top and the word the qualifier); `≥95%（抽查）合格`, `100%（按合同约定）完成` read as tg26 has them.
- group 6 (normalize/dates.py + parsers/core.py, mn27): a monitoring form's period under its title is a year line
  whichever month it starts in — `（2025年7-12月）`, `（2025年4-6月）`, `2025年7-9月` (mn27's January-only months so far
  had made them none: a date line above the form then gave the year).

Fixtures ct_s65_md52_* from make_s65_md52.py. Expected readings written by hand before the mend was run."""
from __future__ import annotations

import pytest

from extract.grid import Cell
from normalize.targets import split_target
from parsers.core import Row, is_year_line
from tests.hunt_tools import only_project


def _by_name(r) -> dict[str, dict]:
    return {i["level3"]: i for i in r.tables["indicators"]}


# ------------------------------------------------------------------ group 1: a bracket before the deed's word

@pytest.mark.parametrize("text", ["100%（户）完成", "95%（%）合格", "100%（5分）完成", "100%（A）完成", "100%（标准煤）完成",
                                  "100%(kWh)完成"])
def test_unit_or_score_top_before_a_deed_is_no_note(text):
    """The bracket holds a unit, a unit's gloss or sign, a score's top: no note, the target text (it read `=` the
    figure with the bracket and the word the qualifier)."""
    got = split_target(text)
    assert (got.op, got.value, got.qualifier) == (None, None, None)


def test_bracket_before_deed_in_a_form(read):
    r = read("ct_s65_md52_bracket_before_deed.txt")
    assert only_project(r)["name"] == "溆浦县耕地地力保护补贴发放项目"
    got = {k: (i["op"], i["value"], i["unit"], i["qualifier"]) for k, i in _by_name(r).items()}
    assert got["补贴发放到户率"] == (None, None, None, None)           # `100%（户） 发放`: the unit, text
    assert got["补贴数据上报准确率"] == (None, None, None, None)        # `98%（%）准确`: the unit, text
    assert got["补贴面积核实合格率"] == (">=", 95.0, "%", "抽查；合格")   # a note: read as tg26 has it
    assert got["补贴资金拨付及时率"] == ("=", 100.0, "%", "按文件要求；拨付")


# ------------------------------------------------------------------ group 6: a period line under a monitoring title

@pytest.mark.parametrize("text", ["（2025年7-12月）", "（2025年4-6月）", "2025年7-9月", "（2025年10月-12月）",
                                  "2025年四至六月"])
def test_any_span_of_months_after_the_year_is_a_year_line(text):
    assert is_year_line(Row(cells=[Cell(row=0, col=0, text=text)], grid=None))


def test_second_half_period_gives_the_year(read):
    """The letterhead's date (2026年1月8日) above the form; the year line `（2025年7-12月）` under its title says the
    form's year (it gave 2026, the date's)."""
    p = only_project(read("ct_s65_md52_second_half_year.txt"))
    assert (p["name"], p["year"]) == ("溆浦县农村公路养护项目", 2025)
