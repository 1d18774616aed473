"""Hunt ti22 (session 67): a form's head — its title, name, bodies and year — in the shapes hunt ti21 and mend md61
left, and new heads a Sichuan county's archive holds (四川 蓬溪县 forms). Fixtures ct_s67_ti22_* (text dumps from
tests/fixtures/review/make_s67_ti22.py); each reading was written down by hand before jixiao was run.

Decided:
- a title cut inside its form's words over two lines (`2025年…工程项目绩效目` over `标申报表`, `…项目支出绩效目` over
  `标表`, `…绩效目标申` over `报表`): one title, the two lines joined (neither line was a title, so the form had no title and, with no 项目名称
  cell, no name: header_missing; or the title was the cut first line); the name then read from it as from any title;
- a letter-spaced title or year line (`项 目 支 出 绩 效 目 标 表`, `2 0 2 5 年 度`, `（ 2 0 2 5 年 度 ）`, ideographic
  spaces too; only the form's words spaced after the name, `…改造工程 项 目 绩 效 目 标 表`, the gap before them
  too): closed up (the title kept its spaces, the spaced year was no year: year null);
- a 部门整体 form naming no body: still header_missing, its message says what such a form lacks (its 部门名称 / 单位名称),
  not a 项目名称;
- a heading `关于…项目的绩效目标` over the form's own title: the name read from it (as on main), the title the form's
  (`项目支出绩效目标表（2025年度）`; it was the heading);
- a title naming a fund's sub-item in brackets (`2025年中央财政水利发展资金（农村供水工程维修养护子项）绩效目标表`), no
  项目名称 (or an empty one), and so a line of spending (`…补助资金（产业发展方向）…`): the fund with its sub-item the
  name (it was null, header_missing).
Kept (guards, as on main): an empty `项目名称：` under a titled form (the title's name); bodies labelled 填报单位（盖章）
on a line with 金额单位, 部门名称（盖章） / 预算单位（公章） in cells; the year only in 实施期限 `2024.1-2024.12`, only in
`（2024年度）` under the title, in Chinese numerals (`二〇二四年度`, `二○二四年度`, `（二〇二五年度）` under the title); a
23- or 24-digit 项目编码 beside or above the name (project_code); a name cut over two lines of its cell (joined); `子项名称` under a fund's 项目名称 (other_fields); a
部门整体 form naming its body (no warning).
Left: nothing of these open.
"""
from __future__ import annotations

import pytest

from tests.hunt_tools import only_project, other_fields, warning_codes

NAME = "蓬溪县城区污水管网改造工程"
TITLED = "蓬溪县城区污水管网改造工程项目"
DEPT = "蓬溪县住房和城乡建设局"
UNIT = "蓬溪县市政设施服务中心"


def _read(read, name):
    return read(f"ct_s67_ti22_{name}.txt")


def _head(p):
    return p["year"], p["name"], p["department"], p["unit"]


def _clean_form(r):
    """One form, its four indicators read, no warning."""
    p = only_project(r)
    assert len(r.tables["indicators"]) == 4
    assert warning_codes(r) == []
    return p


def test_title_cut_inside_its_target_word(read):
    """`…项目绩效目` over `标申报表`, no 项目名称: one title, the name read from it."""
    p = _clean_form(_read(read, "title_cut_in_target"))
    assert _head(p) == (2025, TITLED, DEPT, UNIT)
    assert p["title"] == "2025年蓬溪县城区污水管网改造工程项目绩效目标申报表"
    assert p["header_missing"] is False


def test_title_cut_inside_its_target_word_over_the_name(read):
    """The same over a 项目名称 cell: the name the cell's, the title the two lines'."""
    p = _clean_form(_read(read, "title_cut_in_target_cell"))
    assert _head(p) == (2025, NAME, DEPT, UNIT)
    assert p["title"] == "2025年蓬溪县城区污水管网改造工程项目绩效目标申报表"


def test_title_cut_before_its_table_word(read):
    """`…项目支出绩效目` over `标表`: the first line a title by itself (`项目支出绩效`), the whole title the two."""
    p = _clean_form(_read(read, "title_cut_before_table_word"))
    assert _head(p) == (2025, NAME, DEPT, UNIT)
    assert p["title"] == "2025年蓬溪县城区污水管网改造工程项目支出绩效目标表"


def test_title_cut_inside_its_declare_word(read):
    """`…支出绩效目标申` over `报表`: one title."""
    p = _clean_form(_read(read, "title_cut_in_declare_word"))
    assert _head(p) == (2025, NAME, DEPT, UNIT)
    assert p["title"] == "2025年蓬溪县城区污水管网改造工程项目支出绩效目标申报表"


@pytest.mark.parametrize("shape", ["spaced_title_spaced_year", "spaced_title_ideographic", "spaced_year_bracket"])
def test_spaced_title_and_year_closed_up(read, shape):
    """`2 0 2 5 年 度` over `项 目 支 出 绩 效 目 标 表` (or full-width digits and ideographic spaces): the year read,
    the title closed up (a spaced year in brackets under a plain title too); the period (`一年`) states no year."""
    p = _clean_form(_read(read, shape))
    assert _head(p) == (2025, NAME, DEPT, UNIT)
    assert p["title"] == "项目支出绩效目标表"


@pytest.mark.parametrize("shape", ["spaced_title_whole", "spaced_title_partly"])
def test_spaced_whole_title_closed_up(read, shape):
    """A whole title letter-spaced, its year and the project's name in it (or only its form's words spaced, after a
    gap): all read, the title closed up."""
    p = _clean_form(_read(read, shape))
    assert _head(p) == (2025, TITLED, DEPT, UNIT)
    assert p["title"] == "2025年蓬溪县城区污水管网改造工程项目绩效目标表"


def test_whole_body_form_naming_no_body_says_so(read):
    """A 部门整体 form naming no body: header_missing, the message naming the body's name it lacks."""
    r = _read(read, "whole_body_no_body")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["header_missing"]) == (None, None, None, True)
    assert warning_codes(r) == ["header_missing"]
    said = r.tables["warnings"][0]["message"]
    assert "部门整体" in said and "部门名称" in said and "项目名称" not in said


def test_whole_body_form_naming_its_body_no_warning(read):
    """Guard: the same form with its `部门（单位）名称`: no warning."""
    p = _clean_form(_read(read, "whole_body_named_guard"))
    assert (p["name"], p["department"], p["header_missing"]) == (None, DEPT, False)


def test_empty_name_cell_under_a_titled_form(read):
    """Guard: `项目名称：` left empty, the project named in the title: the title's name."""
    p = _clean_form(_read(read, "name_empty_titled"))
    assert _head(p) == (2025, TITLED, DEPT, UNIT)


def test_name_in_an_about_heading(read):
    """`关于…项目的绩效目标` over `项目支出绩效目标表（2025年度）`: the name from the heading, the title the form's."""
    p = _clean_form(_read(read, "name_in_about_heading"))
    assert _head(p) == (2025, TITLED, DEPT, UNIT)
    assert p["title"] == "项目支出绩效目标表（2025年度）"


def test_filer_sealed_on_the_unit_line(read):
    """Guard: `填报单位（盖章）：… 金额单位：万元` over the table, 主管部门 in it: the filer the unit."""
    p = _clean_form(_read(read, "filer_sealed_line"))
    assert _head(p) == (2025, NAME, DEPT, UNIT)


def test_bodies_labelled_with_their_seals(read):
    """Guard: `部门名称（盖章） | … | 预算单位（公章） | …`: department and unit."""
    p = _clean_form(_read(read, "budget_unit_sealed_cells"))
    assert _head(p) == (2025, NAME, DEPT, UNIT)


@pytest.mark.parametrize("shape, title", [
    ("year_only_in_period", "项目支出绩效目标表"),
    ("year_bracket_under_title", "项目支出绩效目标表"),
    ("year_cn_numerals", "二〇二四年度项目支出绩效目标表"),
    ("year_cn_numerals_circle", "二○二四年度项目支出绩效目标申报表")])
def test_year_from_the_period_a_bracket_or_numerals(read, shape, title):
    """Guards: the year from `2024.1-2024.12`, from `（2024年度）` under the title, from `二〇二四年度`."""
    p = _clean_form(_read(read, shape))
    assert _head(p) == (2024, NAME, DEPT, UNIT)
    assert p["title"] == title


def test_year_in_numerals_in_brackets_under_the_title(read):
    """Guard: `（二〇二五年度）` on its own line under the title: the year."""
    p = _clean_form(_read(read, "year_cn_numerals_bracket"))
    assert _head(p) == (2025, NAME, DEPT, UNIT)
    assert p["title"] == "项目支出绩效目标表"


@pytest.mark.parametrize("shape, code", [("code_long_beside_name", "51092125000000001234567"),
                                         ("code_long_above_name", "510921250000000012345678")])
def test_long_code_beside_the_name(read, shape, code):
    """Guard: a 23- or 24-digit 项目编码 beside or above the name: project_code, no part of the name."""
    p = _clean_form(_read(read, shape))
    assert _head(p) == (2025, NAME, DEPT, UNIT)
    assert p["project_code"] == code and other_fields(p) == {}


def test_name_cut_over_two_lines_of_its_cell(read):
    """Guard: `项目名称 | 蓬溪县城区污水管网改` over `| 造工程`: the name joined."""
    p = _clean_form(_read(read, "name_cut_in_cell"))
    assert _head(p) == (2025, NAME, DEPT, UNIT)


def test_fund_sub_item_named_in_the_title(read):
    """A fund's sub-item in brackets in the title, no 项目名称: the fund with its sub-item the name."""
    p = _clean_form(_read(read, "fund_sub_item_title"))
    assert _head(p) == (2025, "中央财政水利发展资金（农村供水工程维修养护子项）", DEPT, UNIT)
    assert p["header_missing"] is False


def test_fund_spending_line_named_in_the_title(read):
    """`…补助资金（产业发展方向）绩效目标表` over an empty `项目名称：`: the fund with its line of spending the name."""
    p = _clean_form(_read(read, "fund_spending_line_title"))
    assert _head(p) == (2025, "省级财政衔接推进乡村振兴补助资金（产业发展方向）", DEPT, UNIT)


def test_fund_sub_item_in_its_cell(read):
    """Guard: `子项名称` under a fund's 项目名称: the fund the name, the sub-item kept in other_fields."""
    p = _clean_form(_read(read, "fund_sub_item_cells"))
    assert _head(p) == (2025, "中央财政水利发展资金", DEPT, UNIT)
    assert other_fields(p) == {"子项名称": "农村供水工程维修养护"}
