"""Review rv130 (session 65) of mends md54, md56 and md57; fixtures ct_s65_rv130_* from
tests/fixtures/review/make_s65_rv130.py. Each reading was written down by hand before jixiao was run.

Decided:
- a form of no name of its own naming one sub-project (`子项目 | 项目名称 | 道林镇供水管网延伸工程` its first row,
  the form filed for that sub-project) is named so (since md54 its name was null with no word; before it, named);
  the sub-project's other pairs stay its own (`子项目实施单位`), the form's `实施单位` row the form's unit;
- two sub-projects named and no name of the form's: neither is the form's name, both kept (guard: before md54 the
  form was cut in two);
- a row a 子项目 cell opens under the indicators of the sub-project before (`子项目二 | 项目名称 | 花明楼镇…` after
  子项目一's indicator rows) ends the indicator table: the sub-project's name kept, no indicator of target
  花明楼镇水厂改造工程 (as a web page's merged cell and as a text dump's empty slots);
- a 项目构成 table headed `子项目 | 实施单位 | 建设内容 | 资金（万元）` is read as lines, no sub-project pairs
  (guard of md54's first-cell rule against a table head).
"""
from __future__ import annotations

import pytest

from tests.hunt_tools import budget_lines, indicator_targets, only_project, other_fields

DEPT, UNIT, SUB1, SUB2 = "某县水利局", "某县水务中心", "道林镇供水管网延伸工程", "花明楼镇水厂改造工程"


def _read(read, name):
    return read(f"ct_s65_rv130_{name}")


def test_one_sub_project_is_the_forms_name_in_a_dump(read):
    p = only_project(_read(read, "first_row_sub.txt"))
    assert (p["name"], p["department"], p["unit"], p["budget_year"]) == (SUB1, DEPT, UNIT, 1_200_000.0)
    assert "子项目名称" not in other_fields(p)


def test_one_sub_project_merged_down_is_the_forms_name(read):
    """The 子项目 cell merged over its 项目名称 and 实施单位 rows: the name the form's, the town the sub-project's."""
    p = only_project(_read(read, "first_row_sub.html"))
    assert (p["name"], p["department"], p["unit"], p["budget_year"]) == (SUB1, DEPT, UNIT, 1_200_000.0)
    assert other_fields(p) == {"子项目实施单位": "道林镇人民政府"}


def test_two_sub_projects_name_no_form(read):
    """Guard: two sub-projects named, no 项目名称 of the form's: one form, of no name, both names kept."""
    p = only_project(_read(read, "two_subs.txt"))
    assert (p["name"], p["department"], p["unit"], p["budget_year"]) == (None, DEPT, UNIT, 3_000_000.0)
    assert other_fields(p) == {"子项目一名称": SUB1, "子项目二名称": SUB2}


def test_composition_table_headed_by_sub_project(read):
    """Guard: `子项目 | 实施单位 | 建设内容 | 资金（万元）` heads a table of lines, no sub-project's pairs."""
    r = _read(read, "composition.txt")
    p = only_project(r)
    assert (p["name"], p["unit"], p["budget_year"]) == ("某县农村供水保障工程", UNIT, 3_000_000.0)
    assert [b[2] for b in budget_lines(r)] == [1_200_000.0, 1_800_000.0]
    assert not [k for k in other_fields(p) if k.startswith("子项目")]


@pytest.mark.parametrize("kind", ["html", "txt"])
def test_next_sub_project_ends_the_indicators(read, kind):
    """A block per sub-project: its 子项目 cell over its name and its indicator rows."""
    r = _read(read, f"blocks.{kind}")
    p = only_project(r)
    assert (p["name"], p["unit"], p["budget_year"]) == ("某县农村供水保障工程", UNIT, 3_000_000.0)
    assert other_fields(p) == {"子项目一名称": SUB1, "子项目二名称": SUB2}
    assert [x[2] for x in indicator_targets(r)] == ["新增供水管网长度", "受益群众满意度", "改造水厂数量"]
