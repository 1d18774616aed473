"""Mend md54 (session 65) of review rd65's group 3: hunt ti20's 子项目 rule. Fixtures ct_s65_md54_* (web pages and
a text dump from tests/fixtures/review/make_s65_md54.py); each reading was written down by hand before jixiao was
run.

Decided:
- a 子项目 cell marks the rows it heads only as its row's first cell with a field's label after it, or as a cell merged
  down over the rows after it: `项目级次 | 子项目 | 项目名称 | …` is the form's own name (子项目 the value of 项目级次:
  the name was null, kept as `子项目名称`);
- every pair on the rows a 子项目 cell heads is the sub-project's, kept in other_fields under its key (`子项目实施单位`,
  `子项目一实施单位`, `子项目负责人`, `子项目资金（万元）`), none of the form's: the form's own unit stays, the
  sub-project's leader is no leader of the form (the sub-project's unit was lost without a word, its leader the form's);
  a pair not kept (a short value of a label naming no attribute) reported unplaced_cell;
- a value under a label merged down from the row above, inside a 子项目 cell (`项目名称` merged over two names by the
  page's exporter): that label's second value, joined by `；` (the second name was lost without a word).
"""
from __future__ import annotations

from tests.hunt_tools import budget_lines, only_project, other_fields, warning_codes

NAME, DEPT, UNIT = "某县农村供水保障工程", "某县水利局", "某县水务中心"
SUB1, SUB2 = "道林镇供水管网延伸工程", "花明楼镇水厂改造工程"
TOWN1, TOWN2 = "道林镇人民政府", "花明楼镇人民政府"


def _read(read, name):
    return read(f"ct_s65_md54_{name}")


def _head(p):
    return p["year"], p["name"], p["department"], p["unit"], p["budget_year"]


def test_sub_project_as_a_value_marks_nothing(read):
    """`项目级次 | 子项目 | 项目名称 | …`: 子项目 is 项目级次's value; the 项目名称 the form's own."""
    r = _read(read, "level_value.html")
    p = only_project(r)
    assert _head(p) == (2025, SUB1, DEPT, UNIT, 3_000_000.0)
    assert "子项目名称" not in other_fields(p)
    assert other_fields(p).get("项目级次") == "子项目" or "unplaced_cell" in warning_codes(r)


def test_rows_under_a_merged_sub_project_cell(read):
    """A 子项目 cell merged down over 项目名称, 实施单位 and 项目资金 rows: all three the sub-project's."""
    r = _read(read, "rowspan_fields.html")
    p = only_project(r)
    assert _head(p) == (2025, NAME, DEPT, UNIT, 3_000_000.0)
    assert other_fields(p) == {"子项目名称": SUB1, "子项目实施单位": TOWN1, "子项目资金（万元）": "120.00"}
    assert p["budget_total"] is None and all(b[2] != 1_200_000.0 for b in budget_lines(r))


def test_sub_project_row_leader_is_not_the_forms(read):
    """`子项目 | 项目名称 | … | 项目负责人 | 王五`: the sub-project's leader, the form naming none of its own."""
    p = only_project(_read(read, "row_leader.html"))
    assert _head(p) == (2025, NAME, DEPT, UNIT, 3_000_000.0)
    assert p["leader"] is None
    assert other_fields(p) == {"子项目名称": SUB2, "子项目负责人": "王五"}


def test_two_names_under_a_label_merged_down(read):
    """The page's exporter merged the repeated `项目名称` of two sub-projects into one cell: both names kept."""
    r = _read(read, "rowspan_two_names.html")
    p = only_project(r)
    assert _head(p) == (2025, NAME, DEPT, UNIT, 3_000_000.0)
    assert other_fields(p) == {"子项目名称": f"{SUB1}；{SUB2}"}


def test_numbered_sub_projects_merged_down(read):
    p = only_project(_read(read, "numbered_rowspan.html"))
    assert _head(p) == (2025, NAME, DEPT, UNIT, 3_000_000.0)
    assert other_fields(p) == {"子项目一名称": SUB1, "子项目一实施单位": TOWN1,
                               "子项目二名称": SUB2, "子项目二实施单位": TOWN2}


def test_sub_project_pair_not_kept_is_reported(read):
    """Guard (as on main, an unparsed_row there): `建设规模 | 中型` under the 子项目 cell, too short a value to keep
    under a label naming no attribute, is reported."""
    r = _read(read, "rowspan_short.html")
    p = only_project(r)
    assert _head(p) == (2025, NAME, DEPT, UNIT, 3_000_000.0)
    assert other_fields(p) == {"子项目名称": SUB1}
    assert any(w["code"] in ("unplaced_cell", "unparsed_row") and "中型" in w["message"] for w in r.tables["warnings"])


def test_dump_row_under_an_empty_merged_slot(read):
    """A text dump: `子项目 | 项目名称 | …` over `| 实施单位 | …`, the merged cell's slot empty on the second row."""
    p = only_project(_read(read, "dump_fields.txt"))
    assert _head(p) == (2025, NAME, DEPT, UNIT, 3_000_000.0)
    assert other_fields(p) == {"子项目名称": SUB1, "子项目实施单位": TOWN1}
