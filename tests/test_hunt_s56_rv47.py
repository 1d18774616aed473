"""Review rv47 (session 56) of hunt ex9 (extraction). Fixtures ct_s56_rv47_* (text dumps and web pages,
tests/fixtures/review/make_s56_rv47.py); each reading was written down by hand before jixiao was run.

Decided (wrong on ex9's merge, fixed):
- extract/txt `_spaced_label_lines` broke its run on any line it did not read as one or two label / value pairs,
  and every field above that line was lost: three pairs on a line (`项目名称    …    主管部门    …    实施单位    …`),
  a value a run of spaces cut (`实施单位      某县  市政工程管理所`), a `金额单位：万元` note closing the line, a label
  whose value is left blank (`项目编码      `). Now a line is label / value groups (a label, then the pieces up to
  the next label, joined: no space between Chinese characters), a closing unit note a cell of its own, a label
  alone goes on; a label with no value beside the next label (a table's head typed with spaces) is still no row;
- parsers/layouts/base: a left-out cover letter's year passed to the form after it came from its sign-off day too
  (`2023年12月20日` over `联系人：王明`, a heading naming no year): the form read 2023 (a letter sent in December for
  the next year's budget is the rule); a day or a month alone is no year of the form's now (None, as before ex9).
Kept (guards): a title with spaces (`2024年度  项目支出绩效目标表`), a `单位：万元    填报日期：2024年3月` line, prose
with spaces, the indicator table's head typed with spaces; a letter heading's year over the form (also when it is
dated the year before), a form's own year over a letter's other year, two forms after one letter; `<br>`-stacked
level 2s beside stacked indicators, three stacked indicators, `100<br>%`, every cell of a web page broken by `<br>`;
`_tiled` by buckets against every box with every other with negative coordinates, zero-width and huge boxes.
"""
from __future__ import annotations

import random

import pytest

from tests.hunt_tools import indicator_targets, only_project, warning_codes

P, E, S = "产出指标", "效益指标", "满意度指标"
NAME, DEPT, UNIT = "城区背街小巷改造工程", "某县住房和城乡建设局", "某县市政工程管理所"
STREETS = [
    (P, "数量指标", "改造背街小巷条数", ">=", 12.0, "条"),
    (P, "质量指标", "工程验收合格率", "=", 100.0, "%"),
    (P, "时效指标", "工程完工时间", None, None, None),
    (E, "社会效益指标", "群众出行条件改善情况", None, None, None),
    (S, "服务对象满意度指标", "沿线居民满意度", ">=", 90.0, "%"),
]


def _top(p, *keys):
    return tuple(p.get(k) for k in keys)


# --- spaced label lines above tab rows

@pytest.mark.parametrize("name", ["ct_s56_rv47_three_pairs.txt", "ct_s56_rv47_value_gap.txt",
                                  "ct_s56_rv47_unit_note.txt", "ct_s56_rv47_label_blank.txt"])
def test_spaced_label_lines_that_broke_the_run(read, name):
    """ex9: name, department and unit None (the line of three pairs, the cut value, the closing unit note, the
    blank 项目编码 ended the run above the table)."""
    r = read(name)
    p = only_project(r)
    assert _top(p, "name", "department", "unit", "year", "budget_year") == (NAME, DEPT, UNIT, 2024, 3600000.0)
    assert p["title"] == "2024年度项目支出绩效目标表" and indicator_targets(r) == STREETS
    assert warning_codes(r) == ["vague_target"]


@pytest.mark.parametrize("name", ["ct_s56_rv47_title_spaced.txt", "ct_s56_rv47_unit_line.txt",
                                  "ct_s56_rv47_prose.txt", "ct_s56_rv47_head_spaced.txt"])
def test_spaced_lines_that_are_no_label_rows(read, name):
    """Guards: a title with spaces, a unit / fill-date line, prose, the table's head typed with spaces."""
    r = read(name)
    p = only_project(r)
    assert _top(p, "name", "department", "unit", "year", "budget_year") == (NAME, DEPT, UNIT, 2024, 3600000.0)
    assert (p["title"] or "").replace(" ", "") == "2024年度项目支出绩效目标表" and indicator_targets(r) == STREETS
    assert "unparsed_row" not in warning_codes(r) and r.document["status"] == "ok"


def test_spaced_label_lines_rows():
    """The lines themselves: groups of a label and its value, a unit note a cell, a head line and prose kept."""
    from extract.txt import _spaced_label_lines
    from parsers.core import starts_a_row
    table = ["一级指标\t二级指标\t三级指标\t指标值", "产出指标\t数量指标\t改造条数\t12条"]
    lines = ["项目名称    城区背街小巷改造工程    主管部门    某县住房和城乡建设局    实施单位    某县市政工程管理所",
             "实施单位      某县  市政工程管理所      金额单位：万元", "项目编码", "本表由实施单位填报    资金单位为万元",
             "一级指标    二级指标    三级指标    指标值", "项目负责人    Wang  Ming"]
    got = _spaced_label_lines(lines[:3] + table, starts_a_row)
    assert got[:3] == ["项目名称\t城区背街小巷改造工程\t主管部门\t某县住房和城乡建设局\t实施单位\t某县市政工程管理所",
                       "实施单位\t某县市政工程管理所\t金额单位：万元", "项目编码"]
    assert _spaced_label_lines(lines[3:5] + table, starts_a_row)[:2] == lines[3:5]
    assert _spaced_label_lines(lines[5:] + table, starts_a_row)[0] == "项目负责人\tWang Ming"


# --- a cover letter's year

def test_a_letters_sign_off_day_is_no_year_of_the_form(read):
    """`关于报送项目支出绩效目标的函` signed `2023年12月20日`, the form's title naming no year. ex9: year 2023."""
    p = only_project(read("ct_s56_rv47_letter_dated.txt"))
    assert _top(p, "name", "department", "unit", "year") == (NAME, DEPT, UNIT, None)


@pytest.mark.parametrize("name,years", [("ct_s56_rv47_letter_dated_named.txt", [2024]),
                                        ("ct_s56_rv47_letter_other_year.txt", [2024]),
                                        ("ct_s56_rv47_letter_two_forms.txt", [2024, 2024])])
def test_a_letters_named_year(read, name, years):
    """Guards: the heading's 2024年度 over a form naming none (signed in 2023), a form's own 2024 under a letter about
    2023, two forms after one letter."""
    r = read(name)
    assert [p["year"] for p in r.tables["projects"]] == years
    assert all(_top(p, "department", "unit") == (DEPT, UNIT) for p in r.tables["projects"])


# --- <br> in web page cells

OLD = (P, "数量指标", "改造老旧小区数量", "=", 28.0, "个")
SAT = (S, "服务对象满意度指标", "小区居民满意度", ">=", 90.0, "%")


@pytest.mark.parametrize("name,want", [
    ("ct_s56_rv47_br_levels_stacked.html", [OLD, (P, "质量指标", "工程验收合格率", "=", 100.0, "%"),
                                            (P, "时效指标", "完工时间", None, None, None), SAT]),
    ("ct_s56_rv47_br_three.html", [OLD, (P, "数量指标", "新建道路长度", ">=", 5.0, "公里"),
                                   (P, "数量指标", "惠及居民户数", ">=", 4200.0, "户"),
                                   (P, "质量指标", "工程验收合格率", "=", 100.0, "%"), SAT]),
    ("ct_s56_rv47_br_all.html", [OLD[:3] + (">=", 28.0, "个"), (E, "社会效益指标", "惠及居民户数", ">=", 4200.0, "户"),
                                 (E, "社会效益指标", "居住环境改善", None, None, None), SAT]),
])
def test_br_stacked_cells(read, name, want):
    """Guards: `数量指标<br>质量指标` beside two indicators, three stacked, `100<br>%`, every cell broken."""
    r = read(name)
    p = only_project(r)
    assert _top(p, "name", "year", "budget_year") == ("老旧小区改造项目", 2024, 12800000.0)
    assert indicator_targets(r) == want
    assert "unparsed_row" not in warning_codes(r)


# --- extract/pdf `_tiled`

def test_tiled_edges():
    """Guard: boxes touching, a hair apart, at negative coordinates, zero-width or -height, very wide: the same set
    as every box against every other."""
    from extract.pdf import _tiled
    from tests.test_hunt_s56_ex9 import _tiled_reference
    rng = random.Random(47)
    for _ in range(250):
        boxes = set()
        n = rng.choice([2, 5, 20, 80])
        while len(boxes) < n:
            x0 = rng.randrange(-4, 4) * 30 + rng.choice([0, 0.5, -0.5, 1.0, -1.0, 1.005, 0.999, 4.0, 4.004, -4.0])
            top = rng.randrange(-4, 4) * 14 + rng.choice([0, 0.5, -0.999, 1.0, 1.0049, 4.0, -4.0])
            w = rng.choice([0.0, 28, 29, 30, 30, 1e6, 1e9])
            h = rng.choice([0.0, 12, 13, 14, 14.0001])
            boxes.add((x0, top, x0 + w, top + h))
        assert _tiled(boxes) == _tiled_reference(boxes)
    grid = {(x * 10.0 - 20, y * 10.0 - 20, x * 10.0 - 10, y * 10.0 - 10) for x in range(2) for y in range(2)}
    assert _tiled(grid) == grid


def test_a_second_label_not_known_is_no_piece_of_a_value():
    """Guard: `项目类别    基建    所属行业    城建` (所属行业 no known label): no value `基建所属行业城建`, the line left."""
    from extract.txt import _spaced_label_lines
    from parsers.core import starts_a_row
    lines = ["项目类别    基建    所属行业    城建", "一级指标\t二级指标\t三级指标\t指标值", "产出指标\t数量指标\t改造条数\t12条"]
    assert _spaced_label_lines(lines, starts_a_row)[0] == lines[0]
