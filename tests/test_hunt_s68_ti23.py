"""Hunt ti23 (session 68): a form's head — its title, name, bodies, year and target column — in the shapes hunt ti22
and review rv146 left, and new heads a Jiangxi county's archive holds (江西 瑞金市 forms). Fixtures ct_s68_ti23_* (text
dumps from tests/fixtures/review/make_s68_ti23.py); each reading was written down by hand before jixiao was run.

Decided:
- a title naming a works' phase in brackets before the form's words, no 项目名称 (`…改造工程（二期）绩效目标表`, `（第二期）`):
  the works with its phase the name (`…改造工程（二期）`; it was null and no warning); a works' title naming none
  (`2025年民生工程绩效目标表`): header_missing, as a project's (it gave no warning: the pipeline's words of a project's
  title knew no 工程);
- a title of a body's own level (`2025年瑞金市水利局（本级）项目支出绩效目标表`), no 项目名称: the body's forms, no project —
  null, header_missing (it was `（本级）项目`, the body cut off as the filer);
- a fund's title with the form's year in brackets between the fund and the form's words (`瑞金市村级组织运转经费（2025年度）
  绩效目标表`): the fund the name, the year left out (it was null, header_missing); a kind of money so (`县级财政专项资金
  （2025年度）`) still none;
- a heading `关于…项目绩效目标的说明` over the form's own title, no 项目名称: the name read from the heading, the title the
  form's (it was null, header_missing: rv146's strict xfail, now a test there);
- the money's unit on the title's line past a gap (`…绩效目标表          单位：万元`): the unit the form's, no word of the
  title, the name read from the title (it was null, header_missing, the title all of the line).
Kept (guards, as on main): half-year target heads beside the year's (`半年目标值 | 全年目标值`, `年中目标值 | 年度目标值`,
`1-6月目标值 | 年度指标值`): the year's the target, the half year's the note; the year alone on the line over the title;
`填报单位（盖章）：…  填报日期：…` under the title (unit and fill_date); an empty 项目名称 and 项目编码 under a titled form; an
annex's `附件2` over the title and a table's `表3-2` before it (the name the title's, the number no word of it); bodies
with brackets (`（…）`, `〔…〕`) as written; the year only in a `（2024年度）` line at the form's foot; the year in numerals
with 年 (`二〇二四年`, `二零二四年`); a self-evaluation titled `2023年度` filed `2024年3月15日`: 2023 (the filing's
year no form's); a `关于…绩效目标的说明` over prose and no form: no project, layout_unknown; a body's own level title over a
项目名称 cell: the cell's name.
Left: a table number before the title (`表3-2  …`) is kept in `title` as written; a printer's footer `…局制 | |
2024年度` under a form stating no year gives no year (strict xfail). (Both read since hunt ti24 of session 69: the
number left out of `title`, the footer's year the form's; the mark taken off.)
"""
from __future__ import annotations

import datetime

import pytest

from tests.hunt_tools import indicator_targets, only_project, warning_codes

NAME = "瑞金市城区供水管网改造工程"
TITLED = NAME + "项目"
DEPT = "瑞金市水利局"
UNIT = "瑞金市城乡供水服务中心"
TITLE = "2025年瑞金市城区供水管网改造工程项目绩效目标表"
TARGETS = [("产出指标", "数量指标", "改造供水管网长度", ">=", 10.5, "公里"),
           ("产出指标", "质量指标", "工程验收合格率", "=", 100.0, "%"),
           ("效益指标", "社会效益指标", "供水管网漏损率", "<=", 10.0, "%"),
           ("满意度指标", "服务对象满意度指标", "用水户满意度", ">=", 90.0, "%")]


def _read(read, name):
    return read(f"ct_s68_ti23_{name}.txt")


def _head(p):
    return p["year"], p["name"], p["department"], p["unit"]


def _clean_form(r):
    """One form, its four indicators read as written, no warning."""
    p = only_project(r)
    assert indicator_targets(r) == TARGETS
    assert warning_codes(r) == []
    return p


def _missing(r):
    p = only_project(r)
    assert (p["name"], p["header_missing"]) == (None, True)
    assert warning_codes(r) == ["header_missing"]
    return p


def test_phase_in_the_title(read):
    """`2025年…改造工程（二期）绩效目标表`, no 项目名称: the works with its phase."""
    p = _clean_form(_read(read, "phase_title"))
    assert _head(p) == (2025, NAME + "（二期）", DEPT, UNIT)
    assert p["header_missing"] is False


def test_ordinal_phase_in_the_title(read):
    """`…改造工程（第二期）绩效目标表`: the works with its phase as written."""
    p = _clean_form(_read(read, "phase_title_ordinal"))
    assert _head(p) == (2025, NAME + "（第二期）", DEPT, UNIT)


def test_works_title_naming_none_says_so(read):
    """`2025年民生工程绩效目标表`, no 项目名称: a class of works, no name — header_missing (it gave no warning)."""
    p = _missing(_read(read, "works_class_title"))
    assert (p["year"], p["title"]) == (2025, "2025年民生工程绩效目标表")


def test_body_own_level_title_names_no_project(read):
    """`2025年瑞金市水利局（本级）项目支出绩效目标表`, no 项目名称: the body's forms — null, header_missing."""
    r = _read(read, "own_level_title")
    p = _missing(r)
    assert (p["department"], p["unit"]) == (DEPT, UNIT)


def test_body_own_level_title_over_a_name_cell(read):
    """Guard: the same title over a 项目名称 cell: the cell's name."""
    p = _clean_form(_read(read, "own_level_cell"))
    assert _head(p) == (2025, NAME, DEPT, UNIT)


def test_fund_with_its_year_in_brackets(read):
    """`瑞金市村级组织运转经费（2025年度）绩效目标表`: the fund, the year its bracket's."""
    p = _clean_form(_read(read, "running_money_year"))
    assert _head(p) == (2025, "瑞金市村级组织运转经费", "中共瑞金市委组织部", None)


def test_kind_of_money_with_its_year_in_brackets(read):
    """Guard: `瑞金市县级财政专项资金（2025年度）绩效目标表`: a kind of money — null, header_missing."""
    p = _missing(_read(read, "money_kind_year"))
    assert p["year"] == 2025


def test_about_heading_of_an_explanation(read):
    """`关于…项目绩效目标的说明` over `项目支出绩效目标表（2025年度）`: the heading's name, the form's title."""
    p = _clean_form(_read(read, "about_explained"))
    assert _head(p) == (2025, TITLED, DEPT, UNIT)
    assert p["title"] == "项目支出绩效目标表（2025年度）"


def test_about_heading_over_prose_is_no_form(read):
    """Guard: the same heading over a letter's prose, no table: no project."""
    r = _read(read, "about_explained_prose")
    assert r.tables["projects"] == []
    assert warning_codes(r) == ["layout_unknown"]


@pytest.mark.parametrize("shape, half", [("half_year_heads", "半年目标值"), ("mid_year_heads", "年中目标值"),
                                         ("months_heads", "1-6月目标值")])
def test_half_year_target_beside_the_year(read, shape, half):
    """`半年目标值 | 全年目标值` (`年中目标值 | 年度目标值`, `1-6月目标值 | 年度指标值`): the year's the target, the half
    year's in the note."""
    r = _read(read, shape)
    p = _clean_form(r)
    assert _head(p) == (2025, NAME, DEPT, UNIT)
    assert r.tables["indicators"][0]["note"] == f"{half}：≥5公里"


def test_year_alone_over_the_title(read):
    """`2025年度` on its own line over `…项目绩效目标表`: the year, the name from the title."""
    p = _clean_form(_read(read, "title_year_line"))
    assert _head(p) == (2025, TITLED, DEPT, UNIT)
    assert p["title"] == "瑞金市城区供水管网改造工程项目绩效目标表"


def test_unit_on_the_title_line(read):
    """`…项目绩效目标表          单位：万元`: the title without the unit, its name read, the money in 万元."""
    p = _clean_form(_read(read, "title_with_unit"))
    assert _head(p) == (2025, TITLED, DEPT, UNIT)
    assert p["title"] == TITLE
    assert p["budget_year"] == 6120000.0


def test_sealed_filer_line_with_the_day(read):
    """`填报单位（盖章）：…    填报日期：2025年3月18日` under the title: the unit and the day."""
    p = _clean_form(_read(read, "filer_date_right"))
    assert _head(p) == (2025, NAME, DEPT, UNIT)
    assert p["fill_date"] == datetime.date(2025, 3, 18)


def test_empty_name_and_code_under_a_titled_form(read):
    """`项目名称 | | 项目编码 |` left empty: the title's name, no code."""
    p = _clean_form(_read(read, "name_code_blank"))
    assert _head(p) == (2025, TITLED, DEPT, UNIT)
    assert p["project_code"] is None


def test_annex_number_over_the_title(read):
    """`附件2` over the title: the title's name, the annex no title."""
    p = _clean_form(_read(read, "annex_line"))
    assert _head(p) == (2025, TITLED, DEPT, UNIT)
    assert p["title"] == TITLE


def test_table_number_before_the_title(read):
    """`表3-2  2025年…项目绩效目标表`: the name without the number."""
    p = _clean_form(_read(read, "table_number"))
    assert _head(p) == (2025, TITLED, DEPT, UNIT)


@pytest.mark.parametrize("shape, name, dept, unit", [
    ("dept_round_brackets", "瑞金市干部教育培训项目", "中共瑞金市委组织部（瑞金市委老干部局）", "中共瑞金市委党校（瑞金市行政学校）"),
    ("dept_tortoise_brackets", "瑞金市高标准农田建设项目", "瑞金市农业农村局〔瑞金市乡村振兴局〕", "瑞金市农田建设服务中心")])
def test_bodies_with_brackets(read, shape, name, dept, unit):
    """Bodies with their other name in brackets: as written."""
    p = _clean_form(_read(read, shape))
    assert _head(p) == (2025, name, dept, unit)


def test_year_only_at_the_foot(read):
    """`（2024年度）` alone under the sign-off, the title and period of no year: 2024."""
    p = _clean_form(_read(read, "year_in_footer"))
    assert _head(p) == (2024, NAME, DEPT, UNIT)


def test_year_in_footer_cells(read):
    """`瑞金市财政局制 | | 2024年度` under the sign-off, no other year: 2024."""
    p = _clean_form(_read(read, "year_in_footer_cells"))
    assert _head(p) == (2024, NAME, DEPT, UNIT)


@pytest.mark.parametrize("shape, numerals", [("year_cn_nian", "二〇二四年"), ("year_cn_ling", "二零二四年")])
def test_year_in_numerals(read, shape, numerals):
    """`二〇二四年…项目绩效目标表` (`二零二四年`): 2024."""
    p = _clean_form(_read(read, shape))
    assert _head(p) == (2024, NAME, DEPT, UNIT)
    assert p["title"] == numerals + "瑞金市城区供水管网改造工程项目绩效目标表"


def test_self_evaluation_of_the_year_before(read):
    """`2023年度…绩效自评表` filed `2024年3月15日`: the year the title's, the day the filing's."""
    r = _read(read, "self_eval_prior_year")
    p = only_project(r)
    assert warning_codes(r) == []
    assert _head(p) == (2023, NAME, DEPT, UNIT)
    assert p["fill_date"] == datetime.date(2024, 3, 15)
    assert [(i["level3"], i["op"], i["value"]) for i in r.tables["indicators"]] == [
        (t[2], t[3], t[4]) for t in TARGETS]
