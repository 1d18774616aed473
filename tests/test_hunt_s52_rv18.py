"""Review rv18 (session 52) of hunts ti7 (names, codes and titles) and of5 (PDF lines cut at column rules).
Fixtures ct_s52_rv18_* from tests/fixtures/review/make_s52_rv18.py; each reading was written down by hand before
jixiao was run.

Decided (wrong after the hunts, fixed):
- a bracketed year after a name is the form's year only when it is the year the form states already, or the form
  states none yet: `新化县农村公路养护项目（2023年度）` under a 2024 title is a 2023 project's name the year tells
  apart (a carried-over year's works), kept whole (ti7 took it off, the name lost its year);
- a blank between two names each ending a project's or works' word, `城步县茅坪镇集镇供水工程 城步县儒林镇管网延伸工程`,
  lists the works as `；` does: kept (ti7 ran them into one word);
- a vertical rule cuts a line of aligned text only in a blank a cell's padding wide (a fifth of a character or more):
  where it meets the edge of a glyph set tight it is drawn through the text — the side of a highlight behind a part
  of the goal (`新建供水管网` | `28.6公里…`, the rest lost) or a column rule a sheet's value runs on over
  (`农村供水保障` | `工程`: the name cut, `工程` lost; of5 cut both).
Kept (right after the hunts, guards): the form's own year after a name taken off; a name wrapped with a blank before
a short last word (`…供水工程 建设项目`) joined; 【】 round a part of a name kept as written; a period
`（2023-2025年）` and a batch `（第二批）` after a name kept in it; of5's column rules with a cell's padding
(hunt of5's own fixtures, tests/test_hunt_s52_of5.py).
"""
from __future__ import annotations

from tests.hunt_tools import only_project, warning_codes

W = 10000.0


def _p(read, name):
    p = only_project(read(f"ct_s52_rv18_{name}.txt"))
    return p["name"], p["year"]


def test_a_year_other_than_the_forms_stays_in_the_name(read):
    """After ti7: `新化县农村公路养护项目`."""
    assert _p(read, "name_year_other") == ("新化县农村公路养护项目（2023年度）", 2024)


def test_the_forms_own_year_after_a_name_is_taken_off(read):
    assert _p(read, "name_year_same") == ("新化县农村公路养护项目", 2024)


def test_two_works_listed_with_a_blank_keep_it(read):
    """After ti7: `城步县茅坪镇集镇供水工程城步县儒林镇管网延伸工程`."""
    assert _p(read, "name_two_works") == ("城步县茅坪镇集镇供水工程 城步县儒林镇管网延伸工程", 2024)


def test_a_blank_before_a_short_last_word_is_joined(read):
    assert _p(read, "name_wrapped") == ("城步县茅坪镇集镇供水工程建设项目", 2024)


def test_brackets_round_a_part_a_period_and_a_batch_kept(read):
    assert _p(read, "name_part_bracketed") == ("【新化县】农村公路养护项目", 2024)
    assert _p(read, "name_period") == ("新化县农村公路提质改造三年行动项目（2023-2025年）", 2024)
    assert _p(read, "name_batch") == ("新化县农村公路养护项目（第二批）", 2024)


def _pdf(read, name):
    r = read(f"ct_s52_rv18_{name}.pdf")
    p = only_project(r)
    return (p["name"], p["department"], p["unit"], p["budget_year"], p["goal_annual"],
            len(r.tables["indicators"]), warning_codes(r))


WANT = ("农村供水保障工程", "某县水利局", "某县农村供水管理站", 1350 * W, "新建供水管网28.6公里，受益农村人口1.6万人。", 8, [])


def test_a_highlight_behind_a_part_of_the_goal_cuts_no_line(read):
    """After of5: the goal `新建供水管网` (its side a rule at a glyph's edge), the rest lost."""
    assert _pdf(read, "highlight") == WANT


def test_a_column_rule_through_a_run_on_value_cuts_no_word(read):
    """After of5: the name `农村供水保障`, the unit `某县农村供水`, the goal `新建供水管网`."""
    assert _pdf(read, "overflow_rules") == WANT
