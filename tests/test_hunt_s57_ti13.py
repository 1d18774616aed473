"""Hunt ti13 (session 57): titles' and dates' leftovers — a period across two years by halves, a signer and the day in
two cells, a covering letter between two forms of one title, a printer's stamp alone under a form, the twins of a
month alone and of a person's name; then more spellings of titles and days. Fixtures ct_s57_ti13_* (text dumps from
tests/fixtures/review/make_s57_ti13.py); each reading was written down by hand before jixiao was run.

Decided:
- a span of halves (`2024年下半年至2025年上半年`, `2024年度下半年-2025年度上半年`, `二〇二四年下半年至二〇二五年上半年`)
  is from the first half's first month to the last one's last (2024-07-01 to 2025-06-30; it was none); `2024年7月至
  2025年6月` was read already (guard);
- the day in a cell of its own beside the signer's (`填表人：李四 | 2024年3月15日`, `填报人：王芳 | | 2024.3.15`) or
  beside the seal's place (`填报单位（盖章） | 2024年3月15日`) under the form is its fill_date (it was none);
- a covering letter (`关于报送…的报告` / `…的函`, its addressee and text under it) between two forms of one title and
  name ends the form above: two forms (the letter's heading was an indicator of the first, the second form a continued
  page of it); a letter's list of attachments (`附件：1.…绩效目标表`, `2.…`) over the form's title is no title of it;
- a printer's stamp alone (`打印时间：2024-03-15 10:22`, `打印日期：2024年3月15日`) is page furniture (it was an
  indicator of a self-evaluation form: the ti12 guard that kept it changes); `制表日期：2024-03-15` alone is kept;
- a title over three lines (`洞口县2024年` / `学生资助项目` / `绩效目标表`) or over two with its year in brackets
  (`洞口县学生资助项目` / `绩效目标表（2024年度）`) is the lines joined (the first lines were lost);
- a fill day with a page's number beside it in the footer (`填报日期：2024年3月15日    第2页 共2页`) or a full stop
  (`2024.03.15.`) is the day (it was kept under its label); a day of a short year (`24.3.15`, `24/3/15`) is one of
  the form's year when within one of it (it was kept under its label), else none (`19.3.15` in a form of 2024);
- twins: a month alone is one pattern, dates' MONTH_ALONE (forms' `_MONTH_ONLY` and tables' `_MONTH_LINE`: under a
  考核任务分解表, `2024年3月份` was an unparsed row and `2024.03` an item); forms' person's name one `_PERSON_NAME`.
Kept (guards): `2024年7月至2025年6月`; the stamp alone under a target form; a title over two lines; its year in
brackets after it or on a line of its own (the title without that line); `填报日期：2024年3月15日` and `2024-3-15`.
Left: a period in short years (`24.7.1-25.6.30`: none).
"""
from __future__ import annotations

import datetime as dt

import pytest

from extract.grid import is_page_furniture
from normalize.dates import parse_period
from tests.hunt_tools import only_project

AID = ["资助学生人次", "资金发放及时率", "困难学生因贫辍学率", "受助学生满意度"]
ROAD = ["改造农村公路里程", "工程验收合格率", "群众出行时间缩短", "沿线群众满意度"]
SELF = ["保洁面积", "检查合格率", "市容环境改善", "市民满意度"]
D = dt.date


def _one(read, name):
    return only_project(read(f"ct_s57_ti13_{name}.txt"))


@pytest.mark.parametrize("name", ["period_halves", "period_halves_dash", "period_halves_cn",
                                  "period_months"])         # (the months right on main: guard)
def test_a_span_of_halves_is_the_period(read, name):
    """Main: none for the halves."""
    p = _one(read, name)
    assert (p["start_date"], p["end_date"]) == (D(2024, 7, 1), D(2025, 6, 30))


@pytest.mark.parametrize("text, start, end", [
    ("2024年下半年至2025年上半年", D(2024, 7, 1), D(2025, 6, 30)),
    ("自2024年下半年起至2025年上半年止", D(2024, 7, 1), D(2025, 6, 30)),
    ("2024年上半年至下半年", D(2024, 1, 1), D(2024, 12, 31)),
    ("2024年下半年至上半年", None, None),          # into which year? not written (guard)
])
def test_parse_period_of_halves(text, start, end):
    assert parse_period(text) == (start, end)


@pytest.mark.parametrize("name, contact", [("signer_day_cells", "李四"), ("signer_day_cells_dotted", "王芳"),
                                           ("seal_day_cells", None)])
def test_the_day_in_a_cell_beside_the_signer(read, name, contact):
    """Main: fill_date none."""
    p = _one(read, name)
    assert (p["fill_date"], p["contact"]) == (D(2024, 3, 15), contact)
    assert [i["level3"] for i in read(f"ct_s57_ti13_{name}.txt").tables["indicators"]] == AID


@pytest.mark.parametrize("name", ["letter_between", "letter_between_han"])
def test_a_covering_letter_between_two_forms_of_one_title(read, name):
    """Main: one form, the letter's heading (and its addressee) indicators of it."""
    r = read(f"ct_s57_ti13_{name}.txt")
    assert [p["title"] for p in r.tables["projects"]] == ["2024年农村公路提质改造项目绩效目标表"] * 2
    assert [i["level3"] for i in r.tables["indicators"]] == ROAD + ROAD
    assert "target_missing" not in [w["code"] for w in r.tables["warnings"]]


@pytest.mark.parametrize("name", ["print_stamp_flat", "print_stamp_self", "print_stamp_self_date", "print_stamp"])
def test_a_printers_stamp_alone_is_no_row(read, name):
    """Main: the stamp an indicator of the self-evaluation as a web page's text (`打印时间：2024-03-15` / `10:22`);
    right in the other forms (guards)."""
    r = read(f"ct_s57_ti13_{name}.txt")
    assert [i["level3"] for i in r.tables["indicators"]] == (AID if name == "print_stamp" else SELF)


@pytest.mark.parametrize("text, furniture", [
    ("打印时间：2024-03-15 10:22", True),
    ("打印日期：2024年3月15日", True),
    ("导出时间：2024/03/15 10:22:31", True),
    ("制表时间：2024-03-15 10:22", True),
    ("制表日期：2024-03-15", False),             # a person's day the table was made: kept
    ("填报日期：2024年3月15日", False),
    ("打印时间：2024-03-15 10:22 打印人：张三", False),
])
def test_a_printers_stamp_alone_is_page_furniture(text, furniture):
    assert is_page_furniture(text) is furniture


@pytest.mark.parametrize("name, title", [
    ("title_three_lines", "洞口县2024年学生资助项目绩效目标表"),
    ("title_two_lines_year", "洞口县学生资助项目绩效目标表（2024年度）"),
    ("title_two_lines", "2024年洞口县学生资助项目绩效目标表"),            # right on main (guard)
    ("title_year_brackets", "学生资助项目绩效目标表（2024年度）"),         # right on main (guard)
    ("title_year_brackets_line", "学生资助项目绩效目标表"),               # right on main (guard)
])
def test_a_title_over_lines(read, name, title):
    """Main: `学生资助项目绩效目标表`, `绩效目标表（2024年度）` (the first lines lost)."""
    p = _one(read, name)
    assert (p["title"], p["year"]) == (title, 2024)


@pytest.mark.parametrize("name, day", [
    ("fill_footer_page", D(2024, 3, 15)),
    ("fill_footer_stop", D(2024, 3, 15)),
    ("fill_short_year", D(2024, 3, 15)),
    ("fill_short_year_slash", D(2024, 3, 15)),
    ("fill_footer", D(2024, 3, 15)),             # right on main (guard)
    ("fill_dashed", D(2024, 3, 15)),             # right on main (guard)
    ("fill_short_year_far", None),               # right on main (guard): 19 no year beside 2024
])
def test_the_fill_day_as_written(read, name, day):
    """Main: none, the cell kept under its label (`2024年3月15日 第2页 共2页`, `2024.03.15.`, `24.3.15`)."""
    p = _one(read, name)
    assert p["fill_date"] == day
    if day is not None:
        assert p["other_fields"] is None


@pytest.mark.parametrize("name", ["assess_month_fen", "assess_month_dotted", "assess_month"])
def test_a_month_alone_under_an_assessment_table(read, name):
    """Main: `2024年3月份` an unparsed row, `2024.03` an item of its own (`2024年3月` right: guard)."""
    r = read(f"ct_s57_ti13_{name}.txt")
    assert len(r.tables["assessment_items"]) == 4
    assert "unparsed_row" not in [w["code"] for w in r.tables["warnings"]]


def test_the_twins_are_one_pattern():
    """Forms' month of a fill_date and tables' month line are dates' MONTH_ALONE; forms' names one _PERSON_NAME."""
    from parsers import forms, tables
    from normalize.dates import MONTH_ALONE
    assert MONTH_ALONE in forms._MONTH_ONLY.pattern and MONTH_ALONE in tables._MONTH_LINE.pattern
    assert forms._PERSON_NAME in forms._SIGNER_NAME.pattern and forms._PERSON_NAME in forms._NAME_THEN_DAY.pattern
    for t in ("2024年3月份", "2024.03", "二〇二四年三月份", "2024年3月"):
        assert forms._MONTH_ONLY.match(t) and tables._MONTH_LINE.match(t)


def test_a_letters_list_of_attachments_is_no_title(read):
    """Main: `附件:1.绩效目标表(一般公共预算资金)` (the letter's list over `2.…`, then the form's own title)."""
    p = only_project(read("ak_chencang_head_without_indicator_table.txt"))
    assert p["title"] == "绩效目标表(一般公共预算资金)"
