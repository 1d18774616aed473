"""Review rv154 (session 68) of hunt ti23 (merged as 54497e84): its phase in a title, its body's own level, its fund's
year in brackets, its money's unit on the title's line, its `关于…的说明` heading and its 工程 in the pipeline's words of
a project's title, tried on the next spellings of each (an Anhui county's forms, 金寨县; fixtures ct_s68_rv154_* from
tests/fixtures/review/make_s68_rv154.py, text dumps). Each reading was written down by hand before jixiao was run.

Decided:
- the money's unit on the title's line after the title's bracketed year (`…项目绩效目标表（2025年度）    单位：万元`): no
  word of the title, the name read (ti23's rule asked 表 right before the gap: the title kept the unit, the name null,
  header_missing); the unit in brackets closing the title (`…绩效目标表（单位：万元）`): no word of the title either (the
  title kept it); the unit still the form's (`单位：元`: the money as written);
- a body's own level written with its body's word (`…住房和城乡建设局（局本级）项目支出绩效目标表`): the body's forms, null
  and header_missing (ti23's rule knew `（本级）` / `（机关）` / `（本部）` only: the name was `…局（局本级）项目`, no
  warning);
- a fund's form year in brackets without 年 (`…村级组织运转经费（2025）绩效目标表`): the fund the name, as `（2025年度）`
  (it was null, header_missing);
- a heading explaining the targets in other words (`关于…项目绩效目标编制情况的说明`, `关于…项目绩效目标表的说明`) over
  the form's title: passed over, its project the name (ti23 took `…的说明` only: null and header_missing, the second
  one the form's title); labels' FORM_TITLE and forms' _ABOUT_TARGETS / _PUBLISHED_TITLE_END share one piece,
  labels.EXPLAINED.
Kept (guards, as on BASE): a phase spelled `（Ⅱ期）` / `(二期)`, after 项目 (`…改造项目（二期）`), before 项目
(`…工程（二期）项目`), on a 自评表; a body's own level `本级` without brackets or in half-width brackets: null,
header_missing; `金额单位：万元` past a gap; a generic `关于2025年度项目支出绩效目标的说明` over a form with a 项目名称
(the cell's name) and over one without (null, header_missing); the explaining heading over prose (layout_unknown); a
body holding 工程 (`…建设工程质量安全监督站`) on its 单位整体支出 form: no name, no warning.
Left (strict xfail; both read since hunt ti24 of session 69, the marks taken off): a fund's title with another year in brackets than the title's (`2025年…运转经费（2024年度）绩效
目标表`) gives no name (null, header_missing; `（2024年续建）` is kept as the name's): ti23's comment says the bracket is
kept, the name is not read; a body ending 站 before its running money (`…监督站2025年日常公用经费绩效目标表`) is named as
a fund (`…监督站日常公用经费`; a 局's or a 中心's gives none) — forms' _BODY_LEAD knows no 站 / 所, older than ti23.
"""
from __future__ import annotations

import pytest

from tests.hunt_tools import indicator_targets, only_project, warning_codes

NAME = "金寨县城区污水管网改造工程"
TITLED = NAME + "项目"
DEPT = "金寨县住房和城乡建设局"
UNIT = "金寨县城市管理服务中心"
TARGETS = [("产出指标", "数量指标", "改造污水管网长度", ">=", 8.6, "公里"),
           ("产出指标", "时效指标", "工程完工时间", None, None, None),
           ("效益指标", "生态效益指标", "污水集中收集率", ">=", 75.0, "%"),
           ("满意度指标", "服务对象满意度指标", "居民满意度", ">=", 90.0, "%")]


def _read(read, name):
    return read(f"ct_s68_rv154_{name}.txt")


def _head(p):
    return p["year"], p["name"], p["department"], p["unit"]


def _clean_form(r):
    """One form, its indicators read (the first, third and fourth as written), no warning."""
    p = only_project(r)
    got = indicator_targets(r)
    assert [g[:3] for g in got] == [t[:3] for t in TARGETS]
    assert [g for g, t in zip(got, TARGETS) if t[3] is not None] == [t for t in TARGETS if t[3] is not None]
    assert warning_codes(r) == []
    return p


def _missing(r):
    p = only_project(r)
    assert (p["name"], p["header_missing"]) == (None, True)
    assert warning_codes(r) == ["header_missing"]
    return p


@pytest.mark.parametrize("shape, title", [
    ("unit_after_year_bracket", "金寨县城区污水管网改造工程项目绩效目标表（2025年度）"),
    ("unit_in_brackets", "2025年金寨县城区污水管网改造工程项目绩效目标表"),
    ("unit_money_label", "2025年金寨县城区污水管网改造工程项目绩效目标表")])
def test_unit_on_the_title_line(read, shape, title):
    """`…绩效目标表（2025年度）    单位：万元`, `…绩效目标表（单位：万元）`, `…    金额单位：万元`: the title without the
    unit, the name from it, the money in 万元."""
    p = _clean_form(_read(read, shape))
    assert _head(p) == (2025, TITLED, DEPT, UNIT)
    assert p["title"] == title
    assert p["budget_year"] == 8450000.0


def test_unit_in_yuan_on_the_title_line(read):
    """`…（2025年度）    单位：元` over `8450000.00`: the money as written, the name read."""
    p = _clean_form(_read(read, "unit_yuan_after_year_bracket"))
    assert _head(p) == (2025, TITLED, DEPT, UNIT)
    assert p["budget_year"] == 8450000.0


@pytest.mark.parametrize("shape", ["own_level_ju", "own_level_bare", "own_level_half_width"])
def test_body_own_level_names_no_project(read, shape):
    """`…局（局本级）项目支出…`, `…局本级项目支出…`, `…局(本级)项目支出…`: the body's forms — null, header_missing."""
    p = _missing(_read(read, shape))
    assert (p["year"], p["department"], p["unit"]) == (2025, DEPT, UNIT)


def test_fund_year_in_brackets_without_nian(read):
    """`金寨县村级组织运转经费（2025）绩效目标表`: the fund, the year 2025."""
    p = _clean_form(_read(read, "fund_year_no_nian"))
    assert _head(p) == (2025, "金寨县村级组织运转经费", "中共金寨县委组织部", None)


def test_fund_other_year_in_brackets(read):
    """`2025年金寨县村级组织运转经费（2024年度）绩效目标表`: the fund with its other year's bracket, as written."""
    p = _clean_form(_read(read, "fund_other_year"))
    assert _head(p) == (2025, "金寨县村级组织运转经费（2024年度）", "中共金寨县委组织部", None)


@pytest.mark.parametrize("shape", ["about_compiled", "about_table_of"])
def test_explaining_heading_of_other_words(read, shape):
    """`关于…项目绩效目标编制情况的说明` / `关于…项目绩效目标表的说明` over `项目支出绩效目标表（2025年度）`: the heading's
    name, the form's title."""
    p = _clean_form(_read(read, shape))
    assert _head(p) == (2025, TITLED, DEPT, UNIT)
    assert p["title"] == "项目支出绩效目标表（2025年度）"
    assert p["header_missing"] is False


def test_generic_explaining_heading_over_a_name_cell(read):
    """Guard: `关于2025年度项目支出绩效目标的说明` over a form with its 项目名称: the cell's name, the form's title."""
    p = _clean_form(_read(read, "about_generic_cell"))
    assert _head(p) == (2025, NAME, DEPT, UNIT)
    assert p["title"] == "项目支出绩效目标表（2025年度）"


def test_generic_explaining_heading_names_none(read):
    """Guard: the same heading over a form of no 项目名称: null, header_missing."""
    p = _missing(_read(read, "about_generic_none"))
    assert p["title"] == "项目支出绩效目标表（2025年度）"


def test_explaining_heading_over_prose_is_no_form(read):
    """Guard: `关于…绩效目标编制情况的说明` over a letter's prose: no project."""
    r = _read(read, "about_compiled_prose")
    assert r.tables["projects"] == []
    assert warning_codes(r) == ["layout_unknown"]


@pytest.mark.parametrize("shape, name", [
    ("phase_roman", NAME + "（Ⅱ期）"), ("phase_half_width", NAME + "(二期)"),
    ("phase_after_project", "金寨县城区污水管网改造项目（二期）"), ("phase_then_project", NAME + "（二期）项目"),
    ("phase_self_eval", NAME + "（二期）")])
def test_phase_spellings(read, shape, name):
    """Guard: a phase `（Ⅱ期）`, `(二期)`, after 项目, before 项目, on a 自评表: the name with its phase as written."""
    p = _clean_form(_read(read, shape))
    assert _head(p) == (2025, name, DEPT, UNIT)


def test_works_body_whole_spending(read):
    """Guard: `金寨县建设工程质量安全监督站2025年度单位整体支出绩效目标表`: the body's whole spending, no name, no warning
    (the pipeline's project words now hold 工程)."""
    r = _read(read, "works_body_whole")
    p = only_project(r)
    assert (p["year"], p["name"], p["unit"], p["header_missing"]) == (2025, None, "金寨县建设工程质量安全监督站", False)
    assert warning_codes(r) == []


def test_works_body_running_money(read):
    """`金寨县建设工程质量安全监督站2025年日常公用经费绩效目标表`: a body's running money — null, no warning."""
    r = _read(read, "works_body_running")
    p = only_project(r)
    assert (p["name"], p["unit"]) == (None, "金寨县建设工程质量安全监督站")
    assert warning_codes(r) == []


def test_unit_on_a_word_title_paragraph(read):
    """A Word form's title paragraph `…绩效目标表（2025年度）<tabs>单位：万元` over its table: the title without the unit,
    the name from it, the money in 万元."""
    r = read("ct_s68_rv154_unit_title_paragraph.docx")
    p = only_project(r)
    assert (p["year"], p["name"], p["title"]) == (2025, TITLED, "金寨县城区污水管网改造工程项目绩效目标表（2025年度）")
    assert (p["department"], p["unit"], p["budget_year"], p["header_missing"]) == (DEPT, UNIT, 8450000.0, False)
    assert [t for t in indicator_targets(r)] == [t for t in TARGETS if t[3] is not None]
    assert warning_codes(r) == []
