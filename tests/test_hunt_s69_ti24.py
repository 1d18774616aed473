"""Hunt ti24 (session 69): a form's head — its title, name, year and bodies — in the shapes hunt ti23 and review rv154
left as strict xfails, and new heads a Sichuan county's archive holds (四川 苍溪县 forms; fixtures ct_s69_ti24_* from
tests/fixtures/review/make_s69_ti24.py, text dumps). Each reading was written down by hand before jixiao was run.

Decided:
- a fund's title with another year in brackets than the title's (`2025年…村级组织运转经费（2024年度）绩效目标表`), no 项目名称:
  the fund with that bracket as written (it was null, header_missing: rv154's strict xfail);
- a body ending 站 / 所 before its running money (`…农业技术推广站2025年日常公用经费绩效目标表`, `…财政所2025年机关运行经费…`,
  and with no year between, `…推广站日常公用经费…` under that station as its unit): the body's running money — null, no
  warning (it was named as a fund, `…推广站日常公用经费`: rv154's strict xfail); the fund's reader asks
  running_money_title, which now also takes a body the form states opening the title;
- a table's or annex's number opening the title's line (`表3-2  2025年…绩效目标表`, `附表2：…`): no word of `title`
  (it was kept: ti23's Left);
- a printer's footer `苍溪县财政局制 | | 2024年度` under a form stating no year: 2024 (ti23's strict xfail; its pair still
  in other_fields); under a titled 2025 form: 2025;
- a body in brackets alone on the line under the title (`（苍溪县水利局）`, also under its year line `（2025年度）`): the
  title's closing bracket, as `…绩效目标表（苍溪县水利局）` on one line — the department (an institution: the unit) from
  the title, department_from_title (the line was dropped, the department null);
- a title over three lines, its place and year on the first (`苍溪县2025年` / `城乡供水一体化工程` / `项目绩效目标表`): the
  name read from the three (it was `城乡供水一体化工程项目`, its place lost, the title the last two lines);
- layouts.base's `_lost_names` reads a dropped form's title with the form reader's own rule (forms.title_project_name,
  the loop of _name_from_titles made a function): its `_TITLE_NAMING` regex was a third reader.
Kept (guards, as on BASE): a fund naming a 站 it runs (`苍溪县2025年乡镇污水处理站运行补助资金绩效目标表`): the fund; a title
over two lines (`苍溪县2025年城乡供水一体化` over `工程项目绩效目标申报表`); a body in brackets closing the title's line; a
项目名称 of `/` or empty cells under a titled form: the title's name; `年度：2025` in a head cell and `年度 | 2025`; a
`单位名称（盖章）：…` line under the title, or in cells with the day: the unit; a 单位整体 form of a hospital; 部门整体 forms (`…局2025年部门整体支出绩效目标表` with 部门名称,
`部门整体支出绩效目标申报表（2025年度）` with `部门（单位）名称`): no name, the department, no warning.
Left: nothing of these.
"""
from __future__ import annotations

import pytest

from tests.hunt_tools import indicator_targets, only_project, other_fields, warning_codes

NAME = "苍溪县城乡供水一体化工程"
TITLED = NAME + "项目"
DEPT = "苍溪县水利局"
UNIT = "苍溪县农村供水服务中心"
TITLE = "2025年苍溪县城乡供水一体化工程项目绩效目标表"
TARGETS = [("产出指标", "数量指标", "新建供水管网长度", ">=", 12.6, "公里"),
           ("产出指标", "质量指标", "工程验收合格率", "=", 100.0, "%"),
           ("效益指标", "社会效益指标", "农村自来水普及率", ">=", 92.0, "%"),
           ("满意度指标", "服务对象满意度指标", "受益群众满意度", ">=", 90.0, "%")]
RUNNING = [("产出指标", "数量指标", "保障在职人员数", "=", 12.0, "人"),
           ("产出指标", "时效指标", "经费支付及时率", "=", 100.0, "%"),
           ("效益指标", "社会效益指标", "机构正常运转率", "=", 100.0, "%"),
           ("满意度指标", "服务对象满意度指标", "干部职工满意度", ">=", 90.0, "%")]


def _read(read, name):
    return read(f"ct_s69_ti24_{name}.txt")


def _head(p):
    return p["year"], p["name"], p["department"], p["unit"]


def _clean_form(r, targets=TARGETS, warnings=()):
    """One form, its four indicators read as written, no warning but WARNINGS."""
    p = only_project(r)
    assert indicator_targets(r) == targets
    assert warning_codes(r) == list(warnings)
    assert p["header_missing"] is False
    return p


def test_fund_with_another_years_bracket(read):
    """`2025年苍溪县村级组织运转经费（2024年度）绩效目标表`: the fund with the other year's bracket, the year 2025."""
    p = _clean_form(_read(read, "fund_other_year"))
    assert _head(p) == (2025, "苍溪县村级组织运转经费（2024年度）", "中共苍溪县委组织部", None)


@pytest.mark.parametrize("shape, unit", [("station_running", "苍溪县农业技术推广站"),
                                         ("station_running_no_year", "苍溪县农业技术推广站"),
                                         ("office_running", "苍溪县陵江镇财政所")])
def test_station_or_office_running_money(read, shape, unit):
    """`…推广站2025年日常公用经费…`, `…推广站日常公用经费…`, `…财政所2025年机关运行经费…`: the body's running money — null,
    no warning."""
    p = _clean_form(_read(read, shape), RUNNING)
    assert (p["year"], p["name"], p["unit"]) == (2025, None, unit)


def test_fund_naming_a_station(read):
    """Guard: `苍溪县2025年乡镇污水处理站运行补助资金绩效目标表`: a fund for the stations, named."""
    p = _clean_form(_read(read, "station_fund"))
    assert _head(p) == (2025, "苍溪县乡镇污水处理站运行补助资金", "苍溪县住房和城乡建设局", None)


@pytest.mark.parametrize("shape", ["table_number_line", "table_number_colon"])
def test_number_on_the_title_line(read, shape):
    """`表3-2  2025年…绩效目标表`, `附表2：2025年…`: the title and the name without the number."""
    p = _clean_form(_read(read, shape))
    assert _head(p) == (2025, TITLED, DEPT, UNIT)
    assert p["title"] == TITLE


def test_printer_footer_year(read):
    """`苍溪县财政局制 | | 2024年度` under a form stating no year: 2024, the pair kept."""
    p = _clean_form(_read(read, "footer_year_cells"))
    assert _head(p) == (2024, NAME, DEPT, UNIT)
    assert other_fields(p) == {"苍溪县财政局制": "2024年度"}


def test_printer_footer_year_under_a_titled_year(read):
    """Guard: the same footer under a 2025 title: 2025."""
    p = _clean_form(_read(read, "footer_year_other"))
    assert _head(p) == (2025, NAME, DEPT, UNIT)


def test_title_over_two_lines(read):
    """Guard: `苍溪县2025年城乡供水一体化` over `工程项目绩效目标申报表`: the two joined, the name read."""
    p = _clean_form(_read(read, "title_two_lines"))
    assert _head(p) == (2025, TITLED, DEPT, UNIT)
    assert p["title"] == "苍溪县2025年城乡供水一体化工程项目绩效目标申报表"


def test_title_over_three_lines(read):
    """`苍溪县2025年` / `城乡供水一体化工程` / `项目绩效目标表`: the three joined, the name with its place."""
    p = _clean_form(_read(read, "title_three_lines"))
    assert _head(p) == (2025, TITLED, DEPT, UNIT)
    assert p["title"] == "苍溪县2025年城乡供水一体化工程项目绩效目标表"


def test_unit_in_brackets_under_the_title(read):
    """`（苍溪县农村供水服务中心）` under the title over a form of no 实施单位: the unit from the title."""
    p = _clean_form(_read(read, "unit_bracket_line"), warnings=["department_from_title"])
    assert _head(p) == (2025, TITLED, DEPT, UNIT)


@pytest.mark.parametrize("shape", ["dept_bracket_line", "dept_bracket_end", "dept_bracket_after_year"])
def test_body_in_brackets_after_the_title(read, shape):
    """`（苍溪县水利局）` under the title, or closing its line, over a form of no 主管部门: the department from the title."""
    p = _clean_form(_read(read, shape), warnings=["department_from_title"])
    assert _head(p) == (2025, TITLED, DEPT, UNIT)
    assert p["title"] == TITLE + "（苍溪县水利局）"


@pytest.mark.parametrize("shape", ["name_slash", "name_empty_row"])
def test_blank_name_under_a_titled_form(read, shape):
    """Guard: `项目名称 | /`, `项目名称 | | | 项目编码 |`: the title's name."""
    p = _clean_form(_read(read, shape))
    assert _head(p) == (2025, TITLED, DEPT, UNIT)


@pytest.mark.parametrize("shape", ["year_head_cell", "year_head_cell_pair"])
def test_year_in_a_head_cell(read, shape):
    """Guard: `年度：2025` in a cell of the name's row, `年度 | 2025` before it: 2025."""
    p = _clean_form(_read(read, shape))
    assert _head(p) == (2025, NAME, DEPT, UNIT)


@pytest.mark.parametrize("shape", ["sealed_unit_row", "sealed_unit_cells"])
def test_sealed_unit_line(read, shape):
    """Guard: `单位名称（盖章）：苍溪县农村供水服务中心` under the title, or `单位名称（盖章）： | … | | 填报日期：…` in
    cells: the unit."""
    p = _clean_form(_read(read, shape))
    assert _head(p) == (2025, NAME, DEPT, UNIT)


@pytest.mark.parametrize("shape", ["dept_whole", "dept_whole_unnamed_title"])
def test_department_whole_form(read, shape):
    """Guard: a 部门整体 form naming its body: no name, the department, no warning."""
    p = _clean_form(_read(read, shape), RUNNING)
    assert _head(p) == (2025, None, "苍溪县教育局", None)


def test_unit_whole_form(read):
    """Guard: `苍溪县人民医院2025年单位整体支出绩效目标表` with 单位名称: no name, the hospital the unit, no warning."""
    p = _clean_form(_read(read, "unit_whole"), RUNNING)
    assert _head(p) == (2025, None, None, "苍溪县人民医院")


def test_lost_names_read_a_title_as_the_form_does():
    """layouts.base's names of dropped forms read a title by forms.title_project_name: a project's and a fund's title
    named, a body's or a kind of money's not."""
    from parsers.forms import title_project_name
    assert title_project_name("2025年苍溪县城乡供水一体化工程项目绩效目标表") == TITLED
    assert title_project_name("安定区城区集中供热管网改造项目支出绩效目标表") == "安定区城区集中供热管网改造项目"
    assert title_project_name("苍溪县2025年村级组织运转经费绩效目标表") == "苍溪县村级组织运转经费"
    assert title_project_name("苍溪县教育局2025年项目支出绩效目标表") is None
    assert title_project_name("苍溪县2025年县级财政专项资金绩效目标表") is None


@pytest.mark.parametrize("line, title", [
    ("表1.2024年新化县农村公路养护项目绩效目标表", "2024年新化县农村公路养护项目绩效目标表"),
    ("附件:1.绩效目标表(一般公共预算资金)", "附件:1.绩效目标表(一般公共预算资金)"),
    ("附件3会昌县2024年农村饮水安全巩固提升工程项目绩效目标表", "会昌县2024年农村饮水安全巩固提升工程项目绩效目标表"),
    ("表格说明", "表格说明")])
def test_title_number_rule(line, title):
    """The number off a title's line: not a year's digits after `表1.` (`表1.2024年…`: the year whole), not an annex
    list's line (`附件:1.绩效目标表（…）`: a letter's list of its annexes, left whole), nor words of no number."""
    from parsers.forms import _title_unnumbered
    assert _title_unnumbered(line) == title
