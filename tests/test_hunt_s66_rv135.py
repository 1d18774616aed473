"""Review rv135 (session 66) of hunt ti21: its rules met on form heads its fixtures did not hold (a 四川 county's Word
forms dumped to text, fixtures ct_s66_rv135_* from tests/fixtures/review/make_s66_rv135.py); each reading written
down by hand before jixiao was run.

Decided:
- a `资金名称` row under the form's 项目名称 with its label letter-spaced (`资 金 名 称`) or in Traditional characters
  (`資金名稱`): the project's fund, one form, as hunt ti21 reads `资金名称` (the gate asked for `资金` in the raw text,
  so the form was parted in two, the first of no department nor indicators);
- the same under a name row giving its 项目编码 too (`项目名称 | … | 项目编码 | …`), or under the form's
  `主管部门 | … | 实施单位 | …` row, its head's fields only read before it (no period, money, goal nor indicators), in a
  form named by its 项目名称 (no fund's row above): one form (the split asked that nothing but the name be read yet);
- a `资金名称` row right over the form's 项目名称: one form, the name the 项目名称's, the fund kept in other_fields
  under `资金名称` (it parted the form the same way);
- a name over two cells with another field's pair after it (`项目名称 | 仪陇县农村供水保障 | 提质增效工程 | 项目编码 |
  …`), figures in the second (`仪陇县新政镇城区 | 2号路改造工程`), a fund's name whose first cell closes a works'
  name (`四川省农村供水工程 | 维修养护补助资金`): the two joined (hunt ti21 took rows of three cells, Chinese words
  only, a first cell not closing: the name was cut, the rest dropped without a word);
- corner brackets round a whole title line (`「…项目绩效目标表」`, `『…』`): no part of the title, the name read from it
  as for 【】 / 《》 (the name was null).
Kept (guards): stacked fund forms of no title named by 资金名称 alone still part; a third cell after a whole name
(`… 工程 | 续建项目`) not joined to it; `子项目(1)` / `子项目(2)` keyed `子项目1` / `子项目2`; a title over two lines
with the cell's name across the break under a section heading (`二、农村供水`) joined without the heading.
Left: the `续建项目` cell beside a whole name is dropped without a warning (as before hunt ti21; not its rule) —
mend md61: now said by an unplaced_cell warning.
"""
from __future__ import annotations

import pytest

from tests.hunt_tools import only_project, other_fields, warning_codes

NAME = "仪陇县农村供水保障提质增效工程"
FUND = "四川省农村供水工程维修养护补助资金"
DEPT = "仪陇县水利局"
UNIT = "仪陇县农村供水管理站"
CODE = "511324250000031"


def _read(read, name):
    return read(f"ct_s66_rv135_{name}.txt")


def _head(p):
    return p["year"], p["name"], p["department"], p["unit"]


def _clean_form(r):
    """One form, its four indicators read, no loss said."""
    p = only_project(r)
    assert len(r.tables["indicators"]) == 4
    assert not {"no_indicators", "unparsed_row", "unplaced_cell"} & set(warning_codes(r))
    return p


@pytest.mark.parametrize("shape", ["fund_label_spaced", "fund_label_traditional", "fund_label_above_name",
                                   "fund_label_after_head", "fund_label_two_cells"])
def test_fund_label_by_the_name(read, shape):
    """`资 金 名 称` / `資金名稱` under the 项目名称, `资金名称` over it or under the 主管部门 / 实施单位 row, or its name
    over two cells (`四川省农村供水工程 | 维修养护补助资金`): the project's fund, one form, its name whole."""
    p = _clean_form(_read(read, shape))
    assert _head(p) == (2025, NAME, DEPT, UNIT)
    assert other_fields(p) == {"资金名称": FUND}


def test_fund_label_under_a_name_row_with_its_code(read):
    p = _clean_form(_read(read, "fund_label_after_code"))
    assert _head(p) == (2025, NAME, DEPT, UNIT)
    assert p["project_code"] == CODE and other_fields(p) == {"资金名称": FUND}


def test_stacked_fund_forms_still_part(read):
    """Guard: two fund forms of no title, each named by its 资金名称 alone: two forms."""
    r = _read(read, "fund_forms_stacked")
    ps = r.tables["projects"]
    assert [(p["name"], p["unit"]) for p in ps] == [("仪陇县农村供水工程维修养护资金", UNIT),
                                                   ("仪陇县山洪灾害防治非工程措施运行维护资金", "仪陇县防汛抗旱服务中心")]
    assert all(other_fields(p) == {} for p in ps)
    assert len(r.tables["indicators"]) == 8 and "no_indicators" not in warning_codes(r)


def test_name_over_two_cells_with_a_code_after(read):
    p = _clean_form(_read(read, "name_two_cells_code"))
    assert _head(p) == (2025, NAME, DEPT, UNIT)
    assert p["project_code"] == CODE and other_fields(p) == {}


def test_name_over_two_cells_with_figures(read):
    p = _clean_form(_read(read, "name_two_cells_figures"))
    assert _head(p) == (2025, "仪陇县新政镇城区2号路改造工程", DEPT, UNIT)


def test_whole_name_and_a_kind_cell_not_joined(read):
    """Guard: `项目名称 | …工程 | 续建项目`: the name whole by itself, nothing joined to it; the third cell said by an
    unplaced_cell warning (mend md61: it was dropped without a word)."""
    r = _read(read, "name_two_cells_kind")
    p = only_project(r)
    assert _head(p) == (2025, NAME, DEPT, UNIT)
    assert len(r.tables["indicators"]) == 4
    assert warning_codes(r) == ["unplaced_cell"] and "续建项目" in r.tables["warnings"][0]["message"]


def test_sub_projects_numbered_in_half_width_brackets(read):
    """Guard: `子项目(1)`: kept under `子项目1名称`."""
    p = _clean_form(_read(read, "sub_project_half_paren"))
    assert _head(p) == (2025, NAME, DEPT, UNIT)
    assert other_fields(p) == {"子项目1名称": "新政镇供水管网延伸工程", "子项目2名称": "金城镇水厂提标改造工程"}


def test_title_in_corner_brackets_names_the_project(read):
    p = _clean_form(_read(read, "title_corner_quotes"))
    assert _head(p) == (2025, NAME + "项目", DEPT, UNIT)
    assert p["title"] == "仪陇县2025年农村供水保障提质增效工程项目绩效目标表"


def test_title_over_two_lines_under_a_section_heading(read):
    """Guard: the two title lines joined, the section heading above them no part of the title."""
    p = _clean_form(_read(read, "title_two_lines_under_heading"))
    assert _head(p) == (2025, NAME, DEPT, UNIT)
    assert p["title"] == "仪陇县2025年农村供水保障提质增效工程项目绩效目标申报表"
