"""Review rv12 (session 51) of two merged branches: ti6 (titles and names) and sp11 (speed, no reading changed). Text
dumps ct_s51_rv12_*.txt (tabs between cells, as samples/). Each reading was written down by hand before jixiao was run;
the comments say what the base (50d60190) gave.

Decided (ti6's rules, where they over- or under-reached):
- Eight digits of a day before the name are the code when the label asks one (`项目名称及编码 | 20240101 农村公路养护
  项目`, `项目名称（编码） | 20230915-…`): the form asks a code there (ti6 left every such date out, code null). Under a
  plain 项目名称 they stay no code (ti6's reading, kept).
- A day written with dashes, dots or slashes before the name (`2024-01-01 …`, `2024.3.15 …`) is a date as ti6's
  eight digits are: no code, left out of the name (it was code `2024-01-01`, or in the name).
- Six digits before a name (`202401 农村公路养护项目`) stay a code: a year and a month or a unit's code (`203001`)
  cannot be told apart. Pinned, left. (Hunt ti7, session 52: a year and its month near the form's year, no code;
  `203001` under a 2024 title a code still.)
- A year in brackets after a body's name (`新化县交通运输局（2024）`, `(2024年度)`) is no code of it nor a word of its
  name (it was department_code `2024`, or kept in the name); a code there (`（169）`) stays the code.
- A form's own title naming a kind of money, no fund (`日常公用经费`, `机关运行经费`, `基本支出保障资金`, `上级转移支付
  资金`, `县级配套资金`, `部门工作经费`), names no project (ti6's fund-title rule named them); a task's work money
  (`第三次全国土壤普查工作经费`) still does.
- A fund's title over two lines, `新化县2024年城乡居民最低生活保障补助资金` over `项目绩效目标表`, is joined as ti6 joined
  a works' (`…工程`): the name as the one-line title `…补助资金项目绩效目标表` gives it, `…补助资金项目`; not a kind of
  money's line, and never a section's numbered heading (`（一）农村公路建设工程` over `项目支出绩效目标表`: ti6 joined
  it, `农村公路建设工程项目`; null before ti6, null again: a heading over a whole form title is no half of it, rv7).
- A name with dots after its closing word (`农村公路养护项目...`, `…工程（二期）……`) lost no end: the name without the
  dots and no `truncated_cell` (the document was `partial`); a name cut short is flagged still, and keeps its brackets
  as written (`……` folds to six dots, so the name was the folded text, `(二期)`).
- sp11: each speed change was checked to read the same (no fault found); guards pin points_said's prefilter, the
  `_deadlines` cache and `_tab_stops`' count of three lines.
"""
from __future__ import annotations

from tests.hunt_tools import only_project, warning_codes

W = 10_000.0


def _row(read, fixture):
    p = only_project(read(fixture))
    return (p["name"], p["project_code"], p["department"], p["department_code"])


def test_a_days_digits_under_a_code_label_are_the_code(read):
    """Base: project_code null for both."""
    assert _row(read, "ct_s51_rv12_code_label.txt") == ("农村公路养护项目", "20240101", "新化县交通运输局", None)
    assert _row(read, "ct_s51_rv12_code_label2.txt") == ("新化县农村公路危桥改造项目", "20230915", "新化县交通运输局", None)


def test_a_day_with_separators_before_the_name_is_no_code(read):
    """Base: code `2024-01-01`; name `2024.3.15 农村公路养护项目`."""
    for fixture in ("ct_s51_rv12_iso_date.txt", "ct_s51_rv12_dot_date.txt"):
        p = only_project(read(fixture))
        assert (p["name"], p["project_code"], p["budget_year"]) == ("农村公路养护项目", None, 260 * W), fixture


def test_codes_kept(read):
    """Right on base: a code column by itself. Six digits before the name (`202401 …`) were left a code here; hunt ti7
    (session 52) read them as a year and its month, no code (a project library's codes are longer or lettered), as a
    day's eight digits: null."""
    assert _row(read, "ct_s51_rv12_code_col.txt") == ("农村公路养护项目", "20240101", "新化县交通运输局", None)
    assert _row(read, "ct_s51_rv12_six_digits.txt") == ("农村公路养护项目", None, "新化县交通运输局", None)


def test_a_year_in_brackets_after_the_department_is_no_code(read):
    """Base: department_code `2024`; department `新化县交通运输局(2024年度)`."""
    for fixture in ("ct_s51_rv12_dept_year_after.txt", "ct_s51_rv12_dept_year_after2.txt"):
        p = only_project(read(fixture))
        assert (p["department"], p["department_code"], p["unit"]) == (
            "新化县交通运输局", None, "新化县公路建设养护中心"), fixture
    assert _row(read, "ct_s51_rv12_dept_code_after.txt") == ("农村公路养护项目", None, "新化县交通运输局", "169")


def test_a_kind_of_money_in_the_title_names_no_fund(read):
    """Base: `新化县日常公用经费`, `新化县机关运行经费`, `新化县基本支出保障资金`, `湖南省新化县上级转移支付资金`,
    `新化县县级配套资金`, `新化县部门工作经费`."""
    got = {}
    for kind in ("office", "running", "basic", "transfer", "match", "work"):
        p = only_project(read(f"ct_s51_rv12_kind_{kind}.txt"))
        got[kind] = (p["name"], p["budget_year"])
    money = {k: (None, 85.6 * W) for k in ("office", "running", "basic", "work")}
    money.update({k: (None, 260 * W) for k in ("transfer", "match")})
    assert got == money
    p = only_project(read("ct_s51_rv12_fund_census.txt"))
    assert (p["name"], p["department"]) == ("新化县第三次全国土壤普查工作经费", "新化县农业农村局")


def test_a_funds_title_over_two_lines_is_joined(read):
    """Base: null; `农村公路建设工程项目` for the numbered heading (ti6's join)."""
    p = only_project(read("ct_s51_rv12_fund_two_lines.txt"))
    assert (p["name"], p["year"], p["department"]) == ("新化县城乡居民最低生活保障补助资金项目", 2024, "新化县民政局")
    for fixture in ("ct_s51_rv12_kind_two_lines.txt", "ct_s51_rv12_works_numbered.txt"):
        p = only_project(read(fixture))
        assert (p["name"], p["department"], p["budget_year"]) == (None, "新化县交通运输局", 260 * W), fixture


def test_dots_after_a_whole_name_lose_nothing(read):
    """Base: both `partial` with a truncated_cell; the second `新化县城区污水管网改造工程(二期)`."""
    for fixture, name in (("ct_s51_rv12_dots_whole.txt", "农村公路养护项目"),
                          ("ct_s51_rv12_dots_whole2.txt", "新化县城区污水管网改造工程（二期）")):
        r = read(fixture)
        assert only_project(r)["name"] == name, fixture
        assert "truncated_cell" not in warning_codes(r), fixture
        assert r.document["status"] == "ok", fixture


def test_a_name_cut_short_is_flagged_as_written(read):
    """Base: `新化县城区污水管网(一期)提质改造` (folded brackets), flagged."""
    r = read("ct_s51_rv12_dots_cut.txt")
    assert only_project(r)["name"] == "新化县城区污水管网（一期）提质改造"
    assert "truncated_cell" in warning_codes(r)
    assert r.document["status"] == "partial"


def test_points_said_reads_as_its_pattern_does():
    """sp11 asks the pattern only of a text ending in a bracket, 分 or a colon: every text reads as the pattern alone
    would read it (full-width spaces after, `分）`, `（10）`, `分数`, a colon after)."""
    from parsers.core import as_written, fold
    from parsers.tables import _POINTS_SAID, points_said

    def unfiltered(text):
        folded = fold(text).strip()
        said = _POINTS_SAID.match(folded)
        return (as_written(text.strip(), folded, 0, said.end(1)), said.group(2) or said.group(3)) if said else None

    texts = ["决策（10分）\u3000\u3000", "決策（10分）", "产出指标(30分)", "效益指标（权重：20）", "满意度（10）",
             "项目管理 20分：", "项目管理20分\t", "得分数", "分数", "产出指标 30 分 ：", "【满分15分】", "决策\u300010分",
             "成本指标（10分）\n", "数量指标", "10分", "（10分）", "预算执行率（10分）。", "质量指标〔10分〕"]
    for t in texts:
        assert points_said(t) == unfiltered(t), t
    assert points_said("决策（10分）\u3000\u3000") == ("决策", "10")
    assert points_said("满意度（10）") == ("满意度", "10")
    assert points_said("分数") is None


def test_deadlines_cached_and_bounded():
    """sp11 cached `_deadlines` by text and year: a tuple (no caller can change it), the same at each ask, and
    bounded."""
    from jixiao.checks import _deadlines
    first = _deadlines("2025年12月底前完成", 2025)
    assert first == ((2025, 12),) and isinstance(first, tuple)
    assert _deadlines("2025年12月底前完成", 2025) is first
    assert _deadlines("第四季度完成", 2024) == ((2024, 12),)
    assert _deadlines("第四季度完成", None) == ()
    assert _deadlines.cache_info().maxsize is not None


def test_tab_stops_count_padding_anywhere():
    """sp11 stops counting padded lines at three: lines padded only after others still count, and fewer than three
    padded lines ask nothing."""
    from extract.txt import _tab_stops
    head = "一级指标\t二级指标\t\t三级指标\t\t\t指标值"
    rows = ["产出指标\t数量指标\t\t养护里程\t\t\t≥1200公里", "\t质量指标\t\t路况优良率\t\t\t≥80%",
            "效益指标\t社会效益指标\t群众出行条件\t\t持续改善"]
    plain = ["项目名称\t农村公路养护项目", "主管部门\t新化县交通运输局", "实施单位\t新化县公路建设养护中心"]
    assert _tab_stops(plain + [head] + rows[:1]) is None
    late = _tab_stops(plain + [head] + rows)
    early = _tab_stops([head] + rows + plain)
    assert (late is None) == (early is None)
